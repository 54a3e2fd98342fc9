package dev.mirage.decoy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mirage.config.ConfigException;
import dev.mirage.profile.Profile;
import dev.mirage.profile.ProfileCheck;
import dev.mirage.profile.Profiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ./mirage check asks of a profile's decoys section. */
class DecoyCheckTest {
    @TempDir
    Path dir;

    /** linux.yaml under another id, edited by the given replacements (pairs), loaded as an own profile. */
    private Profile own(String... edits) throws Exception {
        String yaml;
        try (InputStream in = DecoyCheckTest.class.getResourceAsStream("/profiles/linux.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("id: linux\n", "id: mine\n");
        }
        for (int i = 0; i < edits.length; i += 2) {
            assertThat(yaml).contains(edits[i]);
            yaml = yaml.replace(edits[i], edits[i + 1]);
        }
        Files.writeString(dir.resolve("mine.yaml"), yaml);
        return Profiles.of(dir.toString()).load("mine");
    }

    @Test
    void theLinuxProfileAsItIsPasses() throws Exception {
        assertThat(ProfileCheck.check(own())).isNotNull();
    }

    @Test
    void everyProfileHasTheSection() throws Exception {
        Profile p = own("\ndecoys:\n", "\nnot-decoys:\n");
        assertThatThrownBy(() -> ProfileCheck.check(p)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("decoys").hasMessageContaining("is missing");
        // Without the section a sensor still runs, offering no decoy file.
        assertThat(Decoys.create(p, "easy", Install.of(new byte[32])).file("shadow")).isNull();
    }

    @Test
    void anFtpEntryMustNameADefinedFormat() throws Exception {
        Profile p = own("decoy: shadow }", "decoy: master.passwd }");
        assertThatThrownBy(() -> ProfileCheck.check(p)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("/etc/shadow").hasMessageContaining("master.passwd")
                .hasMessageContaining("use one of passwd, shadow");
    }

    @Test
    void theWarningMustNotSayWhatWeAre() throws Exception {
        Profile p = own("WARNING: this system is monitored.", "WARNING: this is a honeypot.");
        assertThatThrownBy(() -> ProfileCheck.check(p)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("decoys.warning").hasMessageContaining("names what we are");
    }

    @Test
    void aLineMayNameOnlyTheSchemesFields() throws Exception {
        Profile p = own("line: \"{user}:{hash}:{changed-days}", "line: \"{user}:{nt}:{changed-days}");
        assertThatThrownBy(() -> ProfileCheck.check(p)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("decoys.formats.shadow").hasMessageContaining("{nt}");
        Profile scheme = own("scheme: md5-crypt", "scheme: bcrypt");
        assertThatThrownBy(() -> ProfileCheck.check(scheme)).hasMessageContaining("decoys.scheme")
                .hasMessageContaining("des-crypt, md5-crypt, sha512-crypt, lm-nt, nt");
    }

    @Test
    void someAccountMustHaveAPasswordAndSomeFileItsHash() throws Exception {
        Profile noHash = own("line: \"{user}:{hash}:{changed-days}", "line: \"{user}:*:{changed-days}");
        assertThatThrownBy(() -> ProfileCheck.check(noHash)).hasMessageContaining("holds no password hash");
        Profile locked = own("- { user: root, uid: 0, gid: 0, gecos: root, home: /root, shell: /bin/bash }",
                "- { user: root, uid: 0, gid: 0, gecos: root, home: /root, shell: /bin/bash, locked: \"*\" }",
                "- { user: jsmith, uid: 500, gid: 500, gecos: John Smith, home: /home/jsmith, shell: /bin/bash }",
                "- { user: jsmith, uid: 500, gid: 500, gecos: John Smith, home: /home/jsmith, shell: /bin/bash, locked: \"!!\" }",
                "- { user: webadmin, uid: 501, gid: 501, gecos: Web Admin, home: /home/webadmin, shell: /bin/bash }",
                "- { user: webadmin, uid: 501, gid: 501, gecos: Web Admin, home: /home/webadmin, shell: /bin/bash, blank: true }");
        assertThatThrownBy(() -> ProfileCheck.check(locked)).hasMessageContaining("has no account with a password");
    }
}
