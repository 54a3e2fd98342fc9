package dev.mirage.service.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.time.Duration;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deny-all behind a weak account's login (open personality): the fake shell is all there is, so a
 * subsystem (SFTP), local and remote forwarding are refused, and each request is recorded.
 */
class SshRefusalTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final Sensor sensor = Sensor.with("ssh").services(new Services(Map.of("ssh", SshService::new)))
            .set("sensor.personality", "open");

    @Test
    void everythingButTheShellIsRefusedAndRecorded() throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "password");
        client.start();
        try (ClientSession s = client.connect("guest", "127.0.0.1", sensor.port("ssh")).verify(WAIT).getSession()) {
            s.addPasswordIdentity("guest");
            s.auth().verify(WAIT);
            try (ClientChannel sftp = s.createSubsystemChannel("sftp")) {
                sftp.open().verify(WAIT);
                sftp.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED), WAIT);
            } catch (Exception refused) {
                // A failed subsystem request closes the channel; either way nothing was granted.
            }
            try (ClientChannel tunnel = s.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 40000),
                    new SshdSocketAddress("127.0.0.1", 9))) {
                assertThatThrownBy(() -> tunnel.open().verify(WAIT)).isInstanceOf(Exception.class);
            }
            assertThatThrownBy(() -> s.startRemotePortForwarding(new SshdSocketAddress("0.0.0.0", 8022),
                    new SshdSocketAddress("127.0.0.1", 9))).isInstanceOf(Exception.class);
        } finally {
            client.stop();
        }
        var events = sensor.events(sensor.awaitSessions(1).get(0).id());
        assertThat(SshEventsRead.attempts(events)).containsExactly("password guest guest success");
        assertThat(SshEventsRead.commands(events)).contains(
                "subsystem sftp ->  [\"refused\"]",
                "channel-open direct-tcpip 127.0.0.1:9 -> open failed [\"refused\"]",
                "global-request tcpip-forward 0.0.0.0:8022 ->  [\"refused\"]");
    }
}
