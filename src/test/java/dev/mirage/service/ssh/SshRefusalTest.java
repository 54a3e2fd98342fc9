package dev.mirage.service.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.time.Duration;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deny-all behind a login: with a policy that lets one password in (as the personality issue's weak
 * accounts will), shell, exec, subsystem and forwarding are all refused and each request is recorded.
 */
class SshRefusalTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final Sensor sensor = Sensor.with("ssh").services(new Services(Map.of("ssh",
            ctx -> new SshService(ctx, new SshPolicy((user, secret) -> "open-sesame".equals(secret))))));

    @Test
    void everyRequestAfterLoginIsRefusedAndRecorded() throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "password");
        client.start();
        try (ClientSession s = client.connect("guest", "127.0.0.1", sensor.port("ssh")).verify(WAIT).getSession()) {
            s.addPasswordIdentity("open-sesame");
            s.auth().verify(WAIT);
            try (ClientChannel shell = s.createShellChannel()) {
                assertThatThrownBy(() -> shell.open().verify(WAIT)).isInstanceOf(Exception.class);
            }
            try (ClientChannel exec = s.createExecChannel("uname -a")) {
                assertThatThrownBy(() -> exec.open().verify(WAIT)).isInstanceOf(Exception.class);
            }
            assertThatThrownBy(() -> s.startRemotePortForwarding(new SshdSocketAddress("0.0.0.0", 8022),
                    new SshdSocketAddress("127.0.0.1", 9))).isInstanceOf(Exception.class);
        } finally {
            client.stop();
        }
        var events = sensor.events(sensor.awaitSessions(1).get(0).id());
        assertThat(SshEventsRead.attempts(events)).containsExactly("password guest open-sesame success");
        assertThat(SshEventsRead.commands(events)).contains(
                "channel-open session -> open failed [\"refused\"]",
                "global-request tcpip-forward 0.0.0.0:8022 ->  [\"refused\"]");
    }
}
