package dev.mirage.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.mirage.testing.Sensor;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scan of every port from one source is one incident: one detailed mail, one short mail, one follow-up. */
class AlertScanTest {
    private static final List<String> ALL = List.of("ftp", "ssh", "telnet", "smtp", "finger", "http", "pop3",
            "dns", "sunrpc", "imap4", "netbus", "sub7", "bo2k", "generic");

    @Test
    void scanOfAllFourteenPortsIsOneIncident() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@outpost.example", "alerts", "s3cret"));
        mail.start();
        try (SyslogReceiver syslog = SyslogReceiver.tcp(); HookServer hook = new HookServer()) {
            Sensor sensor = Sensor.with(ALL.toArray(String[]::new)).set("limits.trap-window", "100ms").config("""
                    alerts:
                      aggregate-window: 3s
                      email:
                        smtp: { host: 127.0.0.1, port: %d, tls: none, username: alerts, password: s3cret }
                        from: "Sensor OUTPOST-01 <alerts@outpost.example>"
                        detailed-to: [ soc@example.org ]
                        short-to: [ pager@example.org ]
                      syslog:
                        - { host: 127.0.0.1, port: %d, transport: tcp, format: rfc5424 }
                      webhooks:
                        - { url: "%s", format: json, headers: { X-Token: abc }, expect-status: 200 }
                    """.formatted(mail.getSmtp().getPort(), syslog.port(), hook.url("/hook")));
            sensor.start();
            try {
                for (String name : ALL) {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), sensor.port(name)), 2000);
                    }
                }
                assertThat(mail.waitForIncomingEmail(20_000, 3)).isTrue();
            } finally {
                sensor.afterEach(null);
            }
            MimeMessage[] got = mail.getReceivedMessages();
            List<String> subjects = Arrays.stream(got).map(AlertScanTest::subject).toList();
            assertThat(got).as("mails: %s", subjects).hasSize(3);
            MimeMessage detailed = only(got, "soc@example.org", "connection");
            MimeMessage shortOne = only(got, "pager@example.org", "connection");
            MimeMessage followUp = only(got, "soc@example.org", "Follow-up");
            assertThat(detailed.getSubject()).matches("[A-Z0-9]+ connection \\(127\\.0\\.0\\.1\\) - Attempt \\d+/\\d+ "
                    + "\\([A-Z0-9]+/Total\\)");
            assertThat(((String) shortOne.getContent()).strip().length()).isLessThanOrEqualTo(AlertText.SHORT_MAX);
            assertThat(followUp.getContent().toString()).contains("127.0.0.1");
            assertThat(detailed.getFrom()[0].toString()).contains("OUTPOST-01");
            assertThat(detailed.getHeader("Message-ID")[0]).endsWith("@outpost.example>");
            // Together the opening alert and the follow-up count every one of the fourteen sessions.
            assertThat(sessions(detailed) + sessions(followUp)).isEqualTo(14);

            SyslogReceiver.Message open = syslog.take();
            SyslogReceiver.Message follow = syslog.take();
            assertThat(open.msgId()).isEqualTo("incident");
            assertThat(follow.msgId()).isEqualTo("follow-up");
            assertThat(open.param("src")).isEqualTo("127.0.0.1");
            assertThat(syslog.messages).isEmpty();
            assertThat(syslog.failures).isEmpty();

            HookServer.Post p1 = hook.take();
            HookServer.Post p2 = hook.take();
            assertThat(hook.posts).isEmpty();
            assertThat(p1.token()).isEqualTo("abc");
            assertThat(p1.body()).contains("\"kind\":\"alert\"", "\"ip\":\"127.0.0.1\"");
            assertThat(p2.body()).contains("alert.follow-up");
        } finally {
            mail.stop();
        }
    }

    private static int sessions(MimeMessage m) throws Exception {
        String body = m.getContent().toString();
        java.util.regex.Matcher x = java.util.regex.Pattern.compile("Sessions:\\s+(\\d+)").matcher(body);
        assertThat(x.find()).as(body).isTrue();
        return Integer.parseInt(x.group(1));
    }

    private static MimeMessage only(MimeMessage[] all, String to, String subjectPart) throws Exception {
        List<MimeMessage> hits = Arrays.stream(all).filter(m -> recipients(m).equals(to) && subject(m).contains(subjectPart))
                .toList();
        assertThat(hits).as(to + " / " + subjectPart).hasSize(1);
        return hits.getFirst();
    }

    static String recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .reduce((a, b) -> a + "," + b).orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage m) throws Exception {
        try (InputStream in = m.getRawInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
