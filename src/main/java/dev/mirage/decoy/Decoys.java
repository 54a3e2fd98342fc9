package dev.mirage.decoy;

import dev.mirage.config.ConfigException;
import dev.mirage.event.AuthAttempt;
import dev.mirage.event.DecoyCredentialUsed;
import dev.mirage.profile.Profile;
import dev.mirage.service.ftp.FtpTexts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * This installation's decoy password files and the credentials in them. A service offers a file
 * by its format name from the profile (e.g. FTP's /etc/shadow entry says {@code decoy: shadow});
 * the recorder asks {@link #used} of every credential tried, on every service.
 */
public final class Decoys {
    /** The profile's top-level section. */
    public static final String SECTION = "decoys";
    private static final Decoys NONE = new Decoys(Map.of(), List.of(), "", false);
    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** How many amusing accounts the fun strength adds. */
    private static final int FUN_EXTRA = 3;

    private final Map<String, byte[]> files;
    private final Map<String, Credential> byUser;
    private final List<Credential> inFileOrder;
    private final String strength;
    private final boolean anyCase;

    /** A decoy account's password: its SHA-256 for the comparison, the file(s) that hold its hash; its uid and home. */
    record Credential(String user, String password, byte[] digest, String file, Integer uid, String home) {
    }

    /**
     * A decoy account a cracked password opens, as the services show it.
     *
     * @param user     the user name as the file spells it
     * @param password its password (this installation's)
     * @param uid      its user id, null where the file has none (Windows)
     * @param home     its home directory, null where the file has none
     */
    public record Account(String user, String password, Integer uid, String home) {
    }

    private Decoys(Map<String, byte[]> files, List<Credential> credentials, String strength, boolean anyCase) {
        this.files = files;
        this.inFileOrder = List.copyOf(credentials);
        Map<String, Credential> m = new HashMap<>();
        credentials.forEach(c -> m.put(userKey(c.user(), anyCase), c));
        this.byUser = Map.copyOf(m);
        this.strength = strength;
        this.anyCase = anyCase;
    }

    /** No decoys (a profile that offers none, or a test that needs none). */
    public static Decoys none() {
        return NONE;
    }

    /** The decoys a profile offers at the configured strength (decoys.strength), this installation's own. */
    public static Decoys create(Profile profile, String strength, Install install) {
        DecoyTexts t = profile.part(SECTION, DecoyTexts.class);
        if (t == null) {
            return NONE;
        }
        return build(profile.id(), profile.hostName(), t, offered(profile), Strength.of(strength), install.key());
    }

    /** The decoy formats the profile's FTP tree offers, and where (an entry's decoy: names its format). */
    private static Map<String, List<String>> offered(Profile profile) {
        Map<String, List<String>> paths = new HashMap<>();
        FtpTexts ftp;
        try {
            ftp = profile.section("ftp", FtpTexts.class);
        } catch (ConfigException e) {
            return paths; // a profile without an FTP section offers its files nowhere yet
        }
        for (FtpTexts.FileEntry e : ftp.files()) {
            if (e.decoy() != null) {
                paths.computeIfAbsent(e.decoy(), k -> new ArrayList<>()).add(e.path());
            }
        }
        return paths;
    }

    static Decoys build(String profile, String host, DecoyTexts t, Map<String, List<String>> paths, Strength strength,
                        byte[] key) {
        String at = "profile " + profile + ": " + SECTION;
        Scheme scheme = Scheme.of(t.scheme());
        if (scheme == null) {
            throw new ConfigException(at + ".scheme", t.scheme(), "is no password scheme", "use one of " + Scheme.ids());
        }
        if (!"\n".equals(t.newline()) && !"\r\n".equals(t.newline())) {
            throw new ConfigException(at + ".newline", t.newline(), "is no line end", "write \"\\n\" (Unix) or \"\\r\\n\" (Windows)");
        }
        LocalDateTime changed;
        try {
            changed = LocalDateTime.parse(String.valueOf(t.changed()), CHANGED);
        } catch (DateTimeParseException e) {
            throw new ConfigException(at + ".changed", t.changed(), "is no date and time", "write it as \"2002-06-11 09:47\"");
        }
        Passwords passwords = new Passwords(key, profile, strength);
        List<DecoyTexts.Account> accounts = new ArrayList<>(t.accounts());
        if (strength == Strength.FUN) {
            accounts.addAll(funAccounts(at, t, passwords));
        }

        Map<String, String> common = new HashMap<>();
        common.put("changed-days", Long.toString(changed.toLocalDate().toEpochDay()));
        common.put("changed-seconds", Long.toString(changed.toEpochSecond(ZoneOffset.UTC)));
        String file = secretFiles(t, paths);
        List<Credential> credentials = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (DecoyTexts.Account a : accounts) {
            Map<String, String> v = new HashMap<>(common);
            v.put("user", a.user());
            v.put("uid", a.uid() == null ? "" : a.uid().toString());
            v.put("gid", a.gid() == null ? "" : a.gid().toString());
            v.put("rid", a.rid() == null ? "" : a.rid().toString());
            v.put("gecos", a.gecos() == null ? "" : a.gecos());
            v.put("home", a.home() == null ? "" : a.home());
            v.put("shell", a.shell() == null ? "" : a.shell());
            if (a.hasPassword()) {
                String password = scheme.effective(passwords.of(a));
                v.putAll(scheme.values(password, passwords.salt(scheme, a.user())));
                credentials.add(new Credential(a.user(), password, sha256(password), file, a.uid(), a.home()));
            } else {
                v.putAll(scheme.noPassword(a.locked()));
            }
            rows.add(v);
        }

        Map<String, byte[]> files = new HashMap<>();
        Map<String, String> warning = Map.of("warning", t.warning() == null ? "" : t.warning().replace("{host}", host),
                "host", host);
        for (var f : t.formats().entrySet()) {
            String where = at + ".formats." + f.getKey();
            StringBuilder text = new StringBuilder();
            try {
                for (String line : f.getValue().header()) {
                    text.append(Lines.fill(line, Map.of("host", host))).append('\n');
                }
                if (strength == Strength.WARNING) {
                    for (String line : f.getValue().warning()) {
                        text.append(Lines.fill(line, warning)).append('\n');
                    }
                }
                for (Map<String, String> v : rows) {
                    text.append(Lines.fill(f.getValue().line(), v)).append('\n');
                }
            } catch (IllegalArgumentException unknown) {
                throw new ConfigException(where, unknown.getMessage(), "is no field of a " + scheme.id + " file",
                        "use {user} {uid} {gid} {gecos} {home} {shell} {rid} {changed-days} {changed-seconds}"
                                + (scheme.windows() ? " {lm} {nt}" : " {hash}") + " ({warning} and {host} in warning lines)");
            }
            String s = t.newline().equals("\n") ? text.toString() : text.toString().replace("\n", t.newline());
            files.put(f.getKey(), s.getBytes(StandardCharsets.UTF_8));
        }
        return new Decoys(Map.copyOf(files), credentials, strength.label(), scheme.windows());
    }

    /** Where a credential comes from: the offered paths of the formats holding hashes, else their names. */
    private static String secretFiles(DecoyTexts t, Map<String, List<String>> paths) {
        List<String> out = new ArrayList<>();
        for (var f : t.formats().entrySet()) {
            if (Lines.names(f.getValue().line(), "hash", "lm", "nt")) {
                out.addAll(paths.getOrDefault(f.getKey(), List.of(f.getKey())));
            }
        }
        return String.join(", ", out);
    }

    /** The fun strength's extra accounts: names from the fun list none of the profile's accounts has. */
    private static List<DecoyTexts.Account> funAccounts(String at, DecoyTexts t, Passwords passwords) {
        List<String> names = new ArrayList<>(WordList.of(WordList.FUN_USERS));
        for (DecoyTexts.Account a : t.accounts()) {
            names.removeIf(n -> n.equalsIgnoreCase(a.user()));
        }
        DecoyTexts.Account f = t.funAccount();
        List<DecoyTexts.Account> out = new ArrayList<>();
        try {
            for (int i = 0; i < FUN_EXTRA && !names.isEmpty(); i++) {
                String user = names.remove(passwords.pick(names.size(), i));
                Map<String, String> u = Map.of("user", user);
                out.add(new DecoyTexts.Account(user, f.uid() == null ? null : f.uid() + i, f.gid(),
                        f.gecos() == null ? null : Lines.fill(f.gecos(), u), f.home() == null ? null : Lines.fill(f.home(), u),
                        f.shell(), f.rid() == null ? null : f.rid() + i, null, null, null));
            }
        } catch (IllegalArgumentException unknown) {
            throw new ConfigException(at + ".fun-account", unknown.getMessage(), "is no field of a fun account",
                    "only {user} may appear in its gecos and home");
        }
        return out;
    }

    /** Windows compares user names without case; Unix with. */
    private static String userKey(String user, boolean anyCase) {
        return anyCase ? user.toLowerCase(Locale.ROOT) : user;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content of the decoy file of this format, or null when the profile defines none such. */
    public byte[] file(String format) {
        byte[] f = files.get(format);
        return f == null ? null : f.clone();
    }

    /**
     * The decoy event for a credential from one of our files, or null when it is none of ours. A map
     * lookup by user name (names are what the files show anyway), then the password compared through
     * its digest in constant time: cheap on the recording path, and no timing tells a password.
     */
    public DecoyCredentialUsed used(AuthAttempt a) {
        Credential c = find(a.user(), a.secret());
        return c == null ? null : new DecoyCredentialUsed(a.time(), a.origin(), a.method(), a.user(), c.file(), strength);
    }

    /**
     * The decoy account of this user name whose password {@code fits} says was sent (the password, or
     * a digest made from it), or null when there is none such.
     */
    public Account account(String user, Predicate<String> fits) {
        Credential c = user == null ? null : byUser.get(userKey(user, anyCase));
        if (c == null || !fits.test(c.password())) {
            return null;
        }
        return new Account(c.user(), c.password(), c.uid(), c.home());
    }

    private Credential find(String user, String secret) {
        if (user == null || secret == null || byUser.isEmpty()) {
            return null;
        }
        Credential c = byUser.get(userKey(user, anyCase));
        if (c == null || !MessageDigest.isEqual(c.digest(), sha256(secret))) {
            return null;
        }
        return c;
    }

    /** The decoy credentials in file order, user name to password (tests, and tools that show an operator the bait). */
    public Map<String, String> credentials() {
        Map<String, String> m = new LinkedHashMap<>();
        inFileOrder.forEach(c -> m.put(c.user(), c.password()));
        return m;
    }

    /** The strength these decoys were made at. */
    String strength() {
        return strength;
    }
}
