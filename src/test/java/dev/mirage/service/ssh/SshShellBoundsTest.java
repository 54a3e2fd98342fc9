package dev.mirage.service.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A weak account's session stays bounded: channels per connection, lines per shell, and an idle shell ends. */
class SshShellBoundsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final Sensor sensor = Sensor.with("ssh").services(new Services(Map.of("ssh", SshService::new)))
            .set("sensor.personality", "open").set("limits.idle", "2s");

    private SshClient client;

    @BeforeEach
    void client() {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> true);
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "password");
        CoreModuleProperties.WINDOW_TIMEOUT.set(client, WAIT);
        client.start();
    }

    @AfterEach
    void stopClient() {
        client.stop();
    }

    private ClientSession guest() throws Exception {
        ClientSession s = client.connect("guest", "127.0.0.1", sensor.port("ssh")).verify(WAIT).getSession();
        s.addPasswordIdentity("guest");
        s.auth().verify(WAIT);
        return s;
    }

    @Test
    void aConnectionOpensItsShareOfSessionChannelsAndNoMore() throws Exception {
        try (ClientSession s = guest()) {
            for (int i = 0; i < 16; i++) {
                try (ChannelExec c = s.createExecChannel("whoami")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    c.setOut(out);
                    c.open().verify(WAIT);
                    c.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
                    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("guest\n");
                }
            }
            try (ChannelExec c = s.createExecChannel("whoami")) {
                assertThatThrownBy(() -> c.open().verify(WAIT)).isInstanceOf(Exception.class);
            }
        }
        var commands = SshEventsRead.commands(sensor.events(sensor.awaitSessions(1).get(0).id()));
        assertThat(commands).filteredOn(c -> c.startsWith("exec whoami")).hasSize(16);
        assertThat(commands).contains("channel-open session -> open failed [\"refused\"]");
    }

    @Test
    void aFloodedShellIsLoggedOutAfterItsShareOfLines() throws Exception {
        try (ClientSession s = guest(); ChannelShell shell = s.createShellChannel()) {
            shell.open().verify(WAIT);
            OutputStream in = shell.getInvertedIn();
            in.write("id\r".repeat(150).getBytes(StandardCharsets.US_ASCII));
            in.flush();
            InputStream out = shell.getInvertedOut();
            String all = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(all).endsWith("uid=500(guest) gid=500(guest) groups=500(guest)\r\nlogout\r\n");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        }
        var commands = SshEventsRead.commands(sensor.events(sensor.awaitSessions(1).get(0).id()));
        assertThat(commands).filteredOn(c -> c.startsWith("shell id")).hasSize(100);
    }

    @Test
    void anIdleShellEndsWithItsSession() throws Exception {
        try (ClientSession s = guest(); ChannelShell shell = s.createShellChannel()) {
            shell.open().verify(WAIT);
            assertThat(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(8)))
                    .contains(ClientChannelEvent.CLOSED);
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("idle");
    }
}
