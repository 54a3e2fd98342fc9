package dev.mirage.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mirage.config.ConfigException;
import dev.mirage.config.ConfigLoader;
import dev.mirage.config.MirageConfig;
import dev.mirage.config.Overrides;
import dev.mirage.testing.Cli;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {
    @TempDir
    Path dir;

    private static String linuxYaml() throws Exception {
        try (InputStream in = ProfileTest.class.getResourceAsStream("/profiles/linux.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes an own profile: linux.yaml under another id, edited by the given replacements (pairs). */
    private Path own(String id, String... edits) throws Exception {
        String yaml = linuxYaml().replace("id: linux\n", "id: " + id + "\n");
        for (int i = 0; i < edits.length; i += 2) {
            assertThat(yaml).contains(edits[i]);
            yaml = yaml.replace(edits[i], edits[i + 1]);
        }
        Path folder = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(folder.resolve(id + ".yaml"), yaml);
        return folder;
    }

    private Path config(String yaml) throws Exception {
        Path f = dir.resolve("mirage.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void everyBuiltInProfileHoldsEveryKeyAndAgreesWithItself() throws Exception {
        List<String> ids = Profiles.builtInIds();
        assertThat(ids).contains("linux");
        for (String id : ids) {
            Profile p = ProfileCheck.check(Profile.load(id));
            assertThat(p.name()).isNotBlank();
        }
        Path folder = Path.of(Profiles.class.getResource("/profiles/index").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> yaml = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).toList();
            assertThat(ids).as("profiles/index lists every profile file").containsExactlyInAnyOrderElementsOf(yaml);
        }
    }

    @Test
    void profilesListsIdThenNameAndEra() {
        Cli cli = Cli.run("profiles");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out().lines().toList()).anySatisfy(l -> assertThat(l).matches("linux +Red Hat Linux 7\\.3 \\(2002\\)"));
        assertThat(cli.out().lines().count()).isEqualTo(Profiles.builtInIds().size());
    }

    @Test
    void anOwnProfileIsListedAndOneWithABuiltInIdReplacesIt() throws Exception {
        own("my-box", "name: Red Hat Linux 7.3", "name: Slackware 8.1");
        Path folder = own("linux", "name: Red Hat Linux 7.3", "name: Red Hat Linux 7.3 (ours)");
        Path cfg = config("sensor: { profiles: \"" + folder + "\" }\n");
        Cli cli = Cli.run("profiles", "--config", cfg.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("(?m)^my-box +Slackware 8\\.1 \\(2002\\)")
                .containsPattern("(?m)^linux +Red Hat Linux 7\\.3 \\(ours\\) \\(2002\\)");
        Cli check = Cli.run("check", "--config", cfg.toString(), "--profile", "my-box");
        assertThat(check.exitCode()).as(check.err()).isZero();
    }

    @Test
    void checkNamesAMissingKey() throws Exception {
        Path folder = own("broken", "    syst: \"215 UNIX Type: L8\"\n", "");
        Cli cli = Cli.run("check", "--config", config("sensor: { profiles: \"" + folder + "\" }\n").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("profile broken").contains("services.ftp.syst").contains("is missing");
    }

    @Test
    void checkRejectsAProfileThatContradictsItself() throws Exception {
        Path folder = own("old", "era: \"2002\"", "era: \"1990\"");
        Cli cli = Cli.run("check", "--config", config("sensor: { profiles: \"" + folder + "\" }\n").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("services.ssh.enabled-by-default").contains("era 1990");

        own("old", "nmap: \"WU-FTPD\"", "nmap: \"\"");
        Cli unnamed = Cli.run("check", "--config", config("sensor: { profiles: \"" + folder + "\" }\n").toString());
        assertThat(unnamed.err()).contains("services.ftp.nmap").contains("on by default");

        own("old", "version: SSH-1.99-OpenSSH_3.1p1", "version: OpenSSH_3.1p1");
        Cli noSsh = Cli.run("check", "--config", config("sensor: { profiles: \"" + folder + "\" }\n").toString());
        assertThat(noSsh.err()).contains("services.ssh.version").contains("SSH-");
    }

    @Test
    void aServiceOffByDefaultListensOnlyWhenEnabledExplicitly() throws Exception {
        Path folder = own("quiet", "  ssh:\n    enabled-by-default: true", "  ssh:\n    enabled-by-default: false");
        String base = "sensor: { profile: quiet, profiles: \"" + folder + "\" }\n";
        MirageConfig off = ConfigLoader.load(config(base), null);
        assertThat(off.services().ssh().enabled()).isFalse();
        assertThat(off.services().ftp().enabled()).isTrue();
        assertThat(off.listeners()).noneMatch(l -> l.service().equals("ssh"));

        MirageConfig byFile = ConfigLoader.load(config(base + "services: { ssh: { enabled: true } }\n"), null);
        assertThat(byFile.services().ssh().enabled()).isTrue();

        MirageConfig byOverride = ConfigLoader.load(config(base), new Overrides().set("services.ssh.enabled", true));
        assertThat(byOverride.services().ssh().enabled()).isTrue();

        MirageConfig linux = ConfigLoader.load(config(base), new Overrides().set("sensor.profile", "linux"));
        assertThat(linux.services().ssh().enabled()).isTrue();
    }

    @Test
    void aBuiltInPersonaListensOnlyOnWhatItsSystemShipped() {
        MirageConfig w2k = ConfigLoader.load(null, new Overrides().set("sensor.profile", "windows-2000"));
        assertThat(w2k.listeners()).filteredOn(l -> !l.trap()).extracting(MirageConfig.ListenerSpec::service)
                .containsExactly("ftp", "telnet", "smtp", "http");
        MirageConfig noble = ConfigLoader.load(null, new Overrides().set("sensor.profile", "ubuntu-24.04"));
        assertThat(noble.listeners()).filteredOn(l -> !l.trap()).extracting(MirageConfig.ListenerSpec::service)
                .containsExactly("ftp", "ssh", "smtp", "http", "pop3");
        Cli check = Cli.run("check", "--profile", "windows-2000");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).doesNotContain("ssh ").doesNotContain("finger ").contains("telnet");
    }

    @Test
    void aBadFolderOrIdIsNamedWithItsFix() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(config("sensor: { profiles: \"" + dir.resolve("nope") + "\" }\n"), null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("sensor.profiles").hasMessageContaining("names no folder");
        Cli cli = Cli.run("check", "--profile", "windows-3.11-nope");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("sensor.profile").contains("names no profile").contains("./mirage profiles");
    }
}
