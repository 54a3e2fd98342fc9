package dev.mirage.decoy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.event.AuthAttempt;
import dev.mirage.event.DecoyCredentialUsed;
import dev.mirage.event.Origin;
import dev.mirage.profile.Profile;
import dev.mirage.profile.Profiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.Md5Crypt;
import org.apache.commons.codec.digest.Sha2Crypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files each profile offers at each strength, this installation's credentials, and their use. */
class DecoysTest {
    @TempDir
    Path dir;

    private static Install install(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return Install.of(key);
    }

    private static String text(Decoys d, String format) {
        return new String(d.file(format), StandardCharsets.UTF_8);
    }

    static AuthAttempt attempt(String method, String user, String secret) {
        Origin o = new Origin("0123456789abcdef", "OUTPOST-01", "ssh", false, "192.0.2.7", 40000, "127.0.0.1", 22,
                Instant.now());
        return new AuthAttempt(Instant.now(), o, method, user, secret, false);
    }

    @Test
    void redHatOffersShadowedPasswdAndMd5CryptShadow() {
        Decoys d = Decoys.create(Profile.load("linux"), "easy", install(1));
        String passwd = text(d, "passwd");
        assertThat(passwd).startsWith("root:x:0:0:root:/root:/bin/bash\n")
                .contains("\nnews:x:9:13:news:/var/spool/news:\n", "\nftp:x:14:50:FTP User:/var/ftp:/sbin/nologin\n")
                .endsWith("\nwebadmin:x:501:501:Web Admin:/home/webadmin:/bin/bash\n")
                .doesNotContain("$1$");
        String shadow = text(d, "shadow");
        long day = LocalDate.of(2002, 6, 11).toEpochDay();
        assertThat(shadow).contains("\nbin:*:" + day + ":0:99999:7:::\n", "\nsshd:!!:" + day + ":0:99999:7:::\n");
        assertThat(shadow.lines().count()).isEqualTo(passwd.lines().count());
        Map<String, String> credentials = d.credentials();
        assertThat(credentials).containsOnlyKeys("root", "jsmith", "webadmin");
        for (var c : credentials.entrySet()) {
            String hash = field(shadow, c.getKey(), 1);
            assertThat(hash).matches("\\$1\\$[./0-9A-Za-z]{8}\\$[./0-9A-Za-z]{22}");
            assertThat(Md5Crypt.md5Crypt(c.getValue().getBytes(StandardCharsets.UTF_8), hash)).isEqualTo(hash);
        }
    }

    @Test
    void easyPasswordsAreACommonWordAndTwoDigits() {
        Decoys d = Decoys.create(Profile.load("linux"), "easy", install(2));
        List<String> words = WordList.of(WordList.EASY);
        assertThat(d.credentials().values()).allSatisfy(p -> {
            assertThat(p).matches("[a-z]+[0-9]{2}");
            assertThat(words).contains(p.substring(0, p.length() - 2));
        });
        assertThat(d.strength()).isEqualTo("easy");
    }

    @Test
    void hardPasswordsAreLongAndRandom() {
        Decoys d = Decoys.create(Profile.load("linux"), "hard", install(3));
        assertThat(d.credentials().values()).allSatisfy(p -> {
            assertThat(p).hasSize(Passwords.HARD_LENGTH);
            assertThat(p.chars()).allMatch(ch -> Passwords.HARD_ALPHABET.indexOf(ch) >= 0);
        });
        assertThat(d.credentials().values()).doesNotHaveDuplicates();
    }

    @Test
    void funAddsAmusingAccountsWithAmusingPasswords() {
        Decoys d = Decoys.create(Profile.load("linux"), "fun", install(4));
        List<String> users = WordList.of(WordList.FUN_USERS);
        List<String> fun = WordList.of(WordList.FUN_PASSWORDS);
        List<String> extra = d.credentials().keySet().stream().filter(users::contains).toList();
        assertThat(extra).hasSize(3);
        assertThat(d.credentials().values()).allSatisfy(p -> assertThat(fun).contains(p.substring(0, p.length() - 2)));
        String passwd = text(d, "passwd");
        for (int i = 0; i < extra.size(); i++) {
            String u = extra.get(i);
            assertThat(passwd).contains("\n" + u + ":x:" + (502 + i) + ":100::/home/" + u + ":/bin/bash\n");
            assertThat(text(d, "shadow")).contains("\n" + u + ":$1$");
        }
    }

    @Test
    void theWarningStrengthTellsTheReaderAndStillHoldsCredentials() {
        for (String id : Profiles.builtInIds()) {
            Profile p = Profile.load(id);
            DecoyTexts texts = p.part(Decoys.SECTION, DecoyTexts.class);
            String warning = texts.warning().replace("{host}", p.hostName());
            Decoys d = Decoys.create(p, "warning", install(5));
            for (String format : texts.formats().keySet()) {
                assertThat(text(d, format)).as(id + " " + format).contains(warning);
            }
            assertThat(d.credentials()).as(id).isNotEmpty();
            assertThat(warning.toLowerCase()).doesNotContain("mirage", "honeypot");
            Decoys easy = Decoys.create(p, "easy", install(5));
            texts.formats().keySet().forEach(f -> assertThat(text(easy, f)).doesNotContain(warning));
        }
    }

    @Test
    void everyProfileRendersEveryStrength() {
        for (String id : Profiles.builtInIds()) {
            Profile p = Profile.load(id);
            DecoyCheck.check(p);
            for (Strength s : Strength.values()) {
                Decoys d = Decoys.create(p, s.label(), install(6));
                assertThat(d.credentials()).as(id + " " + s).isNotEmpty();
            }
        }
    }

    @Test
    void modernLinuxUsesSha512Crypt() {
        for (String id : List.of("ubuntu-22.04", "ubuntu-24.04", "debian-12", "rhel-9")) {
            Decoys d = Decoys.create(Profile.load(id), "easy", install(7));
            String shadow = text(d, "shadow");
            String hash = field(shadow, "root", 1);
            assertThat(hash).as(id).matches("\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}");
            assertThat(Sha2Crypt.sha512Crypt(d.credentials().get("root").getBytes(StandardCharsets.UTF_8), hash))
                    .isEqualTo(hash);
        }
    }

    @Test
    void windowsRendersAPwdumpWhoseHashesMatchThePasswords() {
        Decoys d = Decoys.create(Profile.load("windows-2000"), "easy", install(8));
        String dump = text(d, "pwdump");
        assertThat(dump).contains("\r\n").doesNotContain("\n\n");
        assertThat(dump.split("\r\n")).allMatch(l -> l.matches("[^:]+:\\d+:[0-9a-f]{32}:[0-9a-f]{32}:::"));
        String admin = d.credentials().get("Administrator");
        assertThat(dump).startsWith("Administrator:500:" + WindowsHashes.lm(admin) + ":" + WindowsHashes.nt(admin) + ":::\r\n");
        assertThat(dump).contains("\r\nGuest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::\r\n");
        // IUSR_'s password Windows set itself: long, so no LM hash is kept.
        assertThat(d.credentials().get("IUSR_WEBSRV")).hasSize(Passwords.HARD_LENGTH);
        assertThat(field(dump, "IUSR_WEBSRV", 2)).isEqualTo("aad3b435b51404eeaad3b435b51404ee");

        Decoys modern = Decoys.create(Profile.load("windows-server-2022"), "easy", install(8));
        String dump2022 = text(modern, "pwdump");
        String admin2022 = modern.credentials().get("Administrator");
        assertThat(dump2022).startsWith("Administrator:500:aad3b435b51404eeaad3b435b51404ee:"
                + WindowsHashes.nt(admin2022) + ":::\r\n");
    }

    @Test
    void eachInstallationHasItsOwnCredentialsAndKeepsThemAcrossRestarts() throws Exception {
        Profile linux = Profile.load("linux");
        Decoys a = Decoys.create(linux, "easy", Install.open(dir.resolve("a")));
        Decoys b = Decoys.create(linux, "easy", Install.open(dir.resolve("b")));
        Decoys again = Decoys.create(linux, "easy", Install.open(dir.resolve("a")));
        assertThat(again.credentials()).isEqualTo(a.credentials());
        assertThat(again.file("shadow")).isEqualTo(a.file("shadow"));
        assertThat(b.credentials()).isNotEqualTo(a.credentials());
        assertThat(b.file("shadow")).isNotEqualTo(a.file("shadow"));
        assertThat(b.credentials().get("root")).isNotEqualTo(a.credentials().get("root"));
    }

    @Test
    void aCredentialFromTheFileIsRecognisedOnAnyMethodAndNothingElseIs() {
        Decoys d = Decoys.create(Profile.load("linux"), "easy", install(9));
        String root = d.credentials().get("root");
        DecoyCredentialUsed e = d.used(attempt("password", "root", root));
        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo("/etc/shadow");
        assertThat(e.strength()).isEqualTo("easy");
        assertThat(e.user()).isEqualTo("root");
        assertThat(e.method()).isEqualTo("password");
        assertThat(d.used(attempt("basic", "jsmith", d.credentials().get("jsmith")))).isNotNull();
        assertThat(d.used(attempt("password", "root", root + "x"))).isNull();
        assertThat(d.used(attempt("password", "ROOT", root))).as("Unix names are case-sensitive").isNull();
        assertThat(d.used(attempt("password", "jsmith", root))).as("another account's password").isNull();
        assertThat(d.used(attempt("password", "bin", ""))).as("a locked account").isNull();
        assertThat(d.used(attempt("password", "nobody-here", root))).isNull();
        assertThat(d.used(attempt("publickey", "root", "SHA256:abc"))).isNull();
        assertThat(Decoys.none().used(attempt("password", "root", root))).isNull();
    }

    @Test
    void windowsNamesMatchWithoutCaseAndTheEventNamesTheDump() {
        Decoys d = Decoys.create(Profile.load("windows-2000"), "easy", install(10));
        String admin = d.credentials().get("Administrator");
        DecoyCredentialUsed e = d.used(attempt("password", "administrator", admin));
        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo("/backup/sam.txt");
        assertThat(d.used(attempt("password", "Administrator", admin.toUpperCase()))).isNull();
        assertThat(d.used(attempt("password", "Guest", ""))).as("the blank Guest is no decoy").isNull();
    }

    @Test
    void anOldUnixPasswdWithDesCryptAndABsdMasterPasswdWithItsHeader() {
        DecoyTexts.Account root = new DecoyTexts.Account("root", 0, 1, "Operator", "/", "/bin/csh", null, null, null, null);
        DecoyTexts.Account daemon = new DecoyTexts.Account("daemon", 1, 1, "", "/", "", null, "*", null, null);
        DecoyTexts.Account fun = new DecoyTexts.Account(null, 110, 10, "", "/home/{user}", "/bin/csh", null, null, null, null);
        DecoyTexts sunos = new DecoyTexts("des-crypt", "\n", "1994-03-02 10:15", "Logged.", Map.of("passwd",
                new DecoyTexts.Format("{user}:{hash}:{uid}:{gid}:{gecos}:{home}:{shell}",
                        List.of("notice:*:65533:65533:{warning}:/:/bin/false"), null)), List.of(root, daemon), fun);
        Decoys d = Decoys.build("sunos", "sparky", sunos, Map.of("passwd", List.of("/etc/passwd")), Strength.HARD, new byte[32]);
        String password = d.credentials().get("root");
        assertThat(password).as("DES crypt counts 8 characters; the credential is what the system checks").hasSize(8);
        String passwd = text(d, "passwd");
        String hash = field(passwd, "root", 1);
        assertThat(hash).hasSize(13);
        assertThat(org.apache.commons.codec.digest.UnixCrypt.crypt(password, hash)).isEqualTo(hash);
        assertThat(passwd).endsWith("\ndaemon:*:1:1::/:\n");
        assertThat(d.used(attempt("password", "root", password)).file()).isEqualTo("/etc/passwd");

        DecoyTexts bsd = new DecoyTexts("md5-crypt", "\n", "2002-10-10 14:20", "Logged on {host}.", Map.of("master.passwd",
                new DecoyTexts.Format("{user}:{hash}:{uid}:{gid}::0:0:{gecos}:{home}:{shell}", List.of("# {warning}"),
                        List.of("# $FreeBSD: src/etc/master.passwd,v 1.25.2.5 2002/09/22 04:21:13 jkh Exp $", "#"))),
                List.of(root, daemon), fun);
        String master = text(Decoys.build("freebsd", "gw", bsd, Map.of(), Strength.WARNING, new byte[32]), "master.passwd");
        assertThat(master).startsWith("# $FreeBSD: src/etc/master.passwd,v 1.25.2.5 2002/09/22 04:21:13 jkh Exp $\n#\n"
                + "# Logged on gw.\nroot:$1$").endsWith("\ndaemon:*:1:1::0:0::/:\n");
    }

    /** The n-th colon-separated field of the user's line. */
    private static String field(String file, String user, int n) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(user) + ":.*$").matcher(file);
        assertThat(m.find()).as(user + " in the file").isTrue();
        return m.group().split(":", -1)[n];
    }
}
