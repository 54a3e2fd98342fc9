package dev.mirage.decoy;

import dev.mirage.config.ConfigException;
import dev.mirage.profile.Profile;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code ./mirage check} asks of a profile's decoys section beyond binding: a warning that
 * does not give us away, a file that holds hashes, an account with a password, and every file
 * rendering at every strength (with a fixed key), so a mistake shows at check time, not at start.
 */
public final class DecoyCheck {
    private DecoyCheck() {
    }

    /** Throws a ConfigException naming the first fault of the profile's decoys section. */
    public static void check(Profile profile) {
        String at = "profile " + profile.id() + " (" + profile.source() + "): " + Decoys.SECTION;
        DecoyTexts t = profile.part(Decoys.SECTION, DecoyTexts.class);
        if (t == null) {
            throw new ConfigException(at, null, "is missing", "add the decoys section (every profile has one; see profiles/linux.yaml)");
        }
        String lower = t.warning() == null ? "" : t.warning().toLowerCase(Locale.ROOT);
        if (lower.isBlank() || lower.contains("mirage") || lower.contains("honeypot")) {
            throw new ConfigException(at + ".warning", t.warning(), lower.isBlank() ? "is empty" : "names what we are",
                    "say in the system's words that access to the file was logged and reported");
        }
        if (t.formats().isEmpty()) {
            throw new ConfigException(at + ".formats", null, "is empty", "define the files the system offers, e.g. passwd and shadow");
        }
        for (var f : t.formats().entrySet()) {
            String key = at + ".formats." + f.getKey();
            if (f.getValue() == null || f.getValue().line() == null || f.getValue().line().isEmpty()) {
                throw new ConfigException(key + ".line", null, "is missing", "give the line written for each account");
            }
            if (f.getValue().warning().stream().noneMatch(l -> l.contains("{warning}"))) {
                throw new ConfigException(key + ".warning", null, "has no line with {warning}",
                        "give the lines that tell the reader at the warning strength, e.g. \"# {warning}\"");
            }
        }
        if (t.formats().values().stream().noneMatch(f -> Lines.names(f.line(), "hash", "lm", "nt"))) {
            throw new ConfigException(at + ".formats", null, "holds no password hash in any file",
                    "name {hash} (crypt) or {lm} and {nt} (Windows) in a line");
        }
        Set<String> users = new TreeSet<>();
        for (DecoyTexts.Account a : t.accounts()) {
            if (a == null || a.user() == null || !a.user().matches("[^\\s:]+")) {
                throw new ConfigException(at + ".accounts", a == null ? null : a.user(), "holds an account without a proper user name",
                        "give each account a user name without blanks or ':'");
            }
            if (!users.add(a.user().toLowerCase(Locale.ROOT))) {
                throw new ConfigException(at + ".accounts", a.user(), "is listed twice", "list each account once");
            }
        }
        if (t.accounts().stream().noneMatch(DecoyTexts.Account::hasPassword)) {
            throw new ConfigException(at + ".accounts", null, "has no account with a password",
                    "leave out locked and blank on at least one account (e.g. root)");
        }
        byte[] key = new byte[32];
        for (Strength s : Strength.values()) {
            Decoys.build(profile.id(), profile.hostName(), t, Map.of(), s, key);
        }
    }
}
