package dev.mirage.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.mirage.sink.Outbox;
import dev.mirage.testing.Sensor;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the SMTP relay down for 30 s, attacks are recorded and alerts wait in their outbox; when it comes
 * back every alert arrives, none twice. The services never wait for mail: sessions complete and
 * the recorder never applies back-pressure while the relay is down.
 */
class SmtpOutageTest {
    private static final List<String> SOURCES = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4");

    @Test
    void everyAlertArrivesOnceAfterTheRelayComesBack() throws Exception {
        GreenMail probe = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
        probe.start();
        int port = probe.getSmtp().getPort();
        probe.stop();
        Sensor sensor = Sensor.with("dns").set("limits.trap-window", "0").config("""
                alerts:
                  aggregate-window: 1s
                  email:
                    smtp: { host: 127.0.0.1, port: %d, tls: none }
                    from: "Sensor OUTPOST-01 <alerts@outpost.example>"
                    detailed-to: [ soc@example.org ]
                    short-to: [ pager@example.org ]
                """.formatted(port));
        sensor.start();
        GreenMail mail = null;
        try {
            // Attacks keep coming while the relay is down for 30 s: one source now, one at 14 s, one at 28 s.
            long downSince = System.currentTimeMillis();
            for (int i = 0; i < SOURCES.size(); i++) {
                String source = SOURCES.get(i);
                Thread.sleep(Math.max(0, downSince + i * 14_000L - System.currentTimeMillis()));
                try (Socket s = new Socket()) {
                    s.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
                    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), sensor.port("dns")), 2000);
                    assertThat(s.getInputStream().read()).as("the trap closes at once").isEqualTo(-1);
                }
            }
            assertThat(sensor.sessions()).hasSize(3);
            List<Outbox> boxes = sensor.daemon().alerting().outboxes();
            // The alerts are queued and failing, while the services went on unhindered.
            long deadline = System.currentTimeMillis() + 20_000;
            while (boxes.stream().mapToLong(Outbox::failures).min().orElse(0) == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(boxes).allSatisfy(b -> assertThat(b.failures()).isPositive());
            assertThat(boxes).allSatisfy(b -> assertThat(b.delivered()).isZero());
            assertThat(sensor.daemon().recorder().backpressureCount()).isZero();

            Thread.sleep(Math.max(0, downSince + 30_000 - System.currentTimeMillis()));
            mail = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
            mail.start();
            // The outboxes retry with back-off (1 s doubling, at most 1 min): allow one full back-off step.
            assertThat(mail.waitForIncomingEmail(90_000, 6)).isTrue();
        } finally {
            sensor.afterEach(null);
        }
        try {
            MimeMessage[] got = mail.getReceivedMessages();
            List<String> keys = Arrays.stream(got).map(m -> AlertScanTest.recipients(m) + " " + AlertScanTest.subject(m))
                    .toList();
            assertThat(keys).hasSize(6).doesNotHaveDuplicates();
            for (String source : SOURCES) {
                assertThat(keys).filteredOn(k -> k.contains("(" + source + ")")).hasSize(2);
            }
        } finally {
            mail.stop();
        }
    }
}
