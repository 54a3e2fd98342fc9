package dev.mirage.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.mirage.testing.Sensor;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.Test;

/** Attacker user names with CRLF header injection, HTML and ANSI escapes arrive in mail and syslog as inert text. */
class HostileNamesTest {
    private static final List<String> USERS = List.of("a\r\nBcc: x@evil\r\n", "<script>alert(1)</script>",
            "\u001b[31mred\u001b[0m\u001b]0;title\u0007");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void hostileUserNamesAreInert() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@outpost.example", "alerts", "pw"));
        mail.start();
        try (SyslogReceiver syslog = SyslogReceiver.udp()) {
            Sensor sensor = Sensor.with("ssh").config("""
                    alerts:
                      aggregate-window: 2s
                      email:
                        smtp: { host: 127.0.0.1, port: %d, tls: none, username: alerts, password: pw }
                        from: "Sensor OUTPOST-01 <alerts@outpost.example>"
                        detailed-to: [ soc@example.org ]
                        short-to: [ pager@example.org ]
                      syslog:
                        - { host: 127.0.0.1, port: %d, transport: udp, format: rfc5424 }
                    """.formatted(mail.getSmtp().getPort(), syslog.port()));
            sensor.start();
            try {
                SshClient client = SshClient.setUpDefaultClient();
                client.setServerKeyVerifier((session, address, key) -> true);
                CoreModuleProperties.CLIENT_IDENTIFICATION.set(client, "OpenSSH_9.2p1 Debian-2");
                CoreModuleProperties.PREFERRED_AUTHS.set(client, "password");
                client.start();
                try {
                    for (String user : USERS) {
                        try (ClientSession s = client.connect(user, "127.0.0.1", sensor.port("ssh")).verify(WAIT).getSession()) {
                            s.addPasswordIdentity("secret");
                            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
                        }
                    }
                } finally {
                    client.stop();
                }
                // Opening alert (detailed and short) and one follow-up.
                assertThat(mail.waitForIncomingEmail(20_000, 3)).isTrue();
            } finally {
                sensor.afterEach(null);
            }
            MimeMessage[] got = mail.getReceivedMessages();
            StringBuilder bodies = new StringBuilder();
            for (MimeMessage m : got) {
                assertThat(m.getHeader("Bcc")).isNull();
                assertThat(m.getAllRecipients()).hasSize(1);
                assertThat(Collections.list(m.getAllHeaderLines()).stream().filter(h -> h.contains("evil"))).isEmpty();
                assertThat(m.getRecipients(Message.RecipientType.TO)[0].toString()).isIn("soc@example.org", "pager@example.org");
                String raw = AlertScanTest.body(m);
                assertThat(raw.chars().filter(c -> c == 0x1b || c == 0x07)).isEmpty();
                bodies.append(m.getContent());
            }
            String text = bodies.toString();
            assertThat(text).contains("a\\r\\nBcc: x@evil\\r\\n", "<script>alert(1)</script>", "\\x1b[31mred\\x1b[0m");
            assertThat(text).doesNotContain("\u001b", "\r\nBcc:");

            List<SyslogReceiver.Message> frames = new java.util.ArrayList<>();
            frames.add(syslog.take());
            frames.add(syslog.take());
            assertThat(syslog.failures).isEmpty();
            String creds = frames.stream().map(f -> String.valueOf(f.param("credentials")) + f.msg())
                    .reduce("", String::concat);
            assertThat(creds).contains("a\\r\\nBcc: x@evil\\r\\n", "\\x1b[31m").doesNotContain("\u001b", "\n");
        } finally {
            mail.stop();
        }
    }
}
