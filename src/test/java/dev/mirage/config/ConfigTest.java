package dev.mirage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.testing.Cli;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws Exception {
        Path f = dir.resolve("mirage.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void defaultsHaveTheDocumentedShape() {
        MirageConfig c = ConfigLoader.defaults();
        assertThat(c.sensor().name()).isEqualTo("OUTPOST-01");
        assertThat(c.sensor().profile()).isEqualTo("linux");
        assertThat(c.sensor().personality()).isEqualTo("open");
        assertThat(c.listen().bind()).isEqualTo("0.0.0.0");
        assertThat(c.services().ftp().port()).isEqualTo(21);
        assertThat(c.traps().dns().port()).isEqualTo(53);
        assertThat(c.traps().sunrpc().port()).isEqualTo(111);
        assertThat(c.traps().imap4().port()).isEqualTo(143);
        assertThat(c.traps().netbus().port()).isEqualTo(12345);
        assertThat(c.traps().sub7().port()).isEqualTo(27374);
        assertThat(c.traps().bo2k().port()).isEqualTo(54320);
        assertThat(c.traps().generic().port()).isEqualTo(1080);
        assertThat(c.limits().idle()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.limits().maxBytes().bytes()).isEqualTo(1 << 20);
        assertThat(c.limits().trapBytes().bytes()).isEqualTo(2048);
        assertThat(c.limits().trapWindow()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.console().port()).isEqualTo(8080);
        assertThat(c.remoteAdmin().enabled()).isFalse();
        assertThat(c.listeners()).hasSize(14);
    }

    @Test
    void aFileNeedHoldOnlyTheKeysItChanges() throws Exception {
        MirageConfig c = ConfigLoader.load(file("traps:\n  generic: { port: 8081, extra-ports: [3389, 5900] }\n"
                + "limits: { trap-window: 0 }\n"), null);
        assertThat(c.traps().generic().port()).isEqualTo(8081);
        assertThat(c.traps().generic().extraPorts()).containsExactly(3389, 5900);
        assertThat(c.limits().trapWindow()).isZero();
        assertThat(c.traps().dns().port()).isEqualTo(53);
        assertThat(c.listeners()).extracting(MirageConfig.ListenerSpec::port).contains(3389, 5900, 8081);
    }

    @Test
    void portOffsetMovesOnlyPrivilegedPorts() {
        MirageConfig c = ConfigLoader.load(null, new Overrides().set("listen.port-offset", 20000).port("ftp=2121"));
        Map<String, Integer> ports = new java.util.HashMap<>();
        c.listeners().forEach(l -> ports.put(l.key(), l.port()));
        assertThat(ports).containsEntry("traps.dns", 20053).containsEntry("services.ssh", 20022)
                .containsEntry("traps.netbus", 12345).containsEntry("services.ftp", 2121);
    }

    @Test
    void structuredValuesCanBeOverridden() {
        MirageConfig c = ConfigLoader.load(null, new Overrides().set("services.pop3.accounts",
                List.of(Map.of("user", "alice", "password", "pw", "mails", List.of(Map.of("subject", "hi"))))));
        assertThat(c.services().pop3().accounts()).singleElement().satisfies(a -> {
            assertThat(a.user()).isEqualTo("alice");
            assertThat(a.mails()).singleElement().extracting(MirageConfig.Mail::subject).isEqualTo("hi");
        });
    }

    @Test
    void unknownKeyIsNamedWithTheFix() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(file("limits:\n  per-sauce: 3\n"), null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("limits.per-sauce").hasMessageContaining("not a known key")
                .hasMessageContaining("per-source");
    }

    @Test
    void badPortIsNamed() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(file("services:\n  ftp: { port: 70000 }\n"), null))
                .hasMessageContaining("services.ftp.port").hasMessageContaining("70000").hasMessageContaining("out of range");
    }

    @Test
    void wrongTypeIsNamed() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(file("services:\n  ftp: { port: twenty-one }\n"), null))
                .hasMessageContaining("services.ftp.port").hasMessageContaining("twenty-one")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> ConfigLoader.load(file("limits: { idle: soon }\n"), null))
                .hasMessageContaining("limits.idle").hasMessageContaining("soon").hasMessageContaining("60s");
        assertThatThrownBy(() -> ConfigLoader.load(file("listen: { port-offset: [1] }\n"), null))
                .hasMessageContaining("listen.port-offset");
    }

    @Test
    void duplicatePortIsNamed() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(file("traps:\n  generic: { port: 21 }\n"), null))
                .hasMessageContaining("traps.generic.port").hasMessageContaining("services.ftp.port")
                .hasMessageContaining("21");
        assertThatThrownBy(() -> ConfigLoader.load(file("traps:\n  generic: { extra-ports: [12345] }\n"), null))
                .hasMessageContaining("traps.generic.extra-ports[0]").hasMessageContaining("traps.netbus.port");
    }

    @Test
    void badYamlSaysWhere() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(file("sensor:\n  name: [unclosed\n"), null))
                .hasMessageContaining("not valid YAML").hasMessageContaining("line");
    }

    @Test
    void checkExitsTwoAndNamesTheKey() throws Exception {
        Cli bad = Cli.run("check", "--config", file("services:\n  smtp: { port: -1 }\n").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("services.smtp.port").contains("-1").contains("fix:");
        Cli unknown = Cli.run("check", "--config", file("sensor: { colour: red }\n").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("sensor.colour");
        Cli good = Cli.run("check", "--config", file("sensor: { name: HOST-7 }\n").toString());
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(good.out()).contains("config ok").contains("HOST-7");
        Cli port = Cli.run("check", "--port", "nosuch=1");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("nosuch");
    }

    @Test
    void everyKeyHasAHelpText() throws Exception {
        Properties help = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/config/help.properties")) {
            help.load(in);
        }
        List<String> missing = new ArrayList<>();
        leaves(ConfigLoader.defaultsTree(), "", missing, help);
        assertThat(missing).as("keys without a help line in config/help.properties").isEmpty();
    }

    private static void leaves(JsonNode node, String prefix, List<String> missing, Properties help) {
        node.properties().forEach(e -> {
            String key = prefix + e.getKey();
            if (e.getValue().isObject() && !e.getValue().isEmpty()) {
                leaves(e.getValue(), key + ".", missing, help);
            } else {
                String wild = key.replaceFirst("^(services|traps)\\.[a-z0-9]+\\.", "$1.*.");
                if (!help.containsKey(key) && !help.containsKey(wild)) {
                    missing.add(key);
                }
            }
        });
    }
}
