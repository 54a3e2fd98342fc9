package dev.mirage.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.net.LineReader;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine's bounds on an emulated service: idle timeout, max-line, max-bytes; each closes and records why. */
class IdleTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("finger").set("limits.idle", "300ms").set("limits.max-line", 64)
            .set("limits.max-bytes", "1KiB")
            .services(new Services(Map.of("finger", ctx -> session -> {
                LineReader lines = new LineReader(session.in(), session.limits().maxLine());
                while (lines.readLine() != null) {
                    session.out().write("ok\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            })));

    @Test
    void closesAnIdleSession() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("finger"))) {
            s.setSoTimeout(5000);
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(sensor.sessions().get(0).reason()).isEqualTo("idle");
    }

    @Test
    void closesOnAnOverlongLine() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("finger"))) {
            s.setSoTimeout(5000);
            s.getOutputStream().write("x".repeat(200).getBytes(StandardCharsets.US_ASCII));
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        }
        SessionRow r = sensor.sessions().get(0);
        assertThat(r.reason()).isEqualTo("max-line");
        assertThat(sensor.events(r.id())).extracting(e -> e.action()).contains("session.limit");
    }

    @Test
    void closesPastMaxBytes() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("finger"))) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            try {
                for (int i = 0; i < 100; i++) {
                    out.write("0123456789012345678\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            } catch (java.io.IOException closedUnderUs) {
                // The sensor may close while we still write; that is the point.
            }
            while (s.getInputStream().read() >= 0) {
                // Drain the replies until the close.
            }
        } catch (java.net.SocketException reset) {
            // A reset is fine too: the sensor closed with unread input.
        }
        SessionRow r = sensor.sessions().get(0);
        assertThat(r.reason()).isEqualTo("max-bytes");
        assertThat(r.bytesIn()).isEqualTo(1024);
    }
}
