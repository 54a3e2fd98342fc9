package dev.mirage.service.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile input: each gets bounded, clean behaviour, a complete record, and no exception escapes a session. */
class FtpHostileTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp").services(new Services(Map.of("ftp", FtpService::new)))
            .set("sensor.personality", "open").set("limits.max-bytes", "2MiB");

    private static String drain(Socket s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        byte[] buf = new byte[65536];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                b.write(buf, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // The sensor may close with our input unread: a reset is a clean end here.
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private List<String> eventsOfOnlySession() throws Exception {
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.status()).isNotEqualTo("open");
        return sensor.events(row.id()).stream().map(e -> e.action() + " " + e.json()).toList();
    }

    private void assertNoSessionError() throws Exception {
        assertThat(sensor.awaitSessions(1).get(0).reason()).isNotEqualTo("error");
    }

    @Test
    void aOneMebibyteLineEndsTheSessionAtMaxLine() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("ftp"))) {
            s.setSoTimeout(5000);
            byte[] line = new byte[1 << 20];
            Arrays.fill(line, (byte) 'A');
            try {
                s.getOutputStream().write("USER ".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().write(line);
            } catch (IOException closedUnderUs) {
                // The sensor closes after max-line bytes; the rest of our write may fail.
            }
            assertThat(drain(s)).startsWith("220 ");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("max-line");
        assertThat(eventsOfOnlySession()).anyMatch(e -> e.startsWith("session.limit"));
    }

    @Test
    void binaryGarbageIsAnsweredAsUnknownCommands() throws Exception {
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        try (Dialogue d = new Dialogue(sensor.port("ftp"))) {
            d.expect(220);
            d.raw(garbage);
            d.send("");
            d.send("QUIT");
            String all = drain(d.socket);
            assertThat(all).contains("221 Goodbye.");
            for (String line : all.split("\r\n")) {
                assertThat(line).matches("(500 '.*': command not understood\\.|530 .*|221[- ].*|[0-9]{3}[ -].*)");
                assertThat(line.chars().noneMatch(c -> c < 0x20)).isTrue();
            }
        }
        assertNoSessionError();
        assertThat(eventsOfOnlySession()).anyMatch(e -> e.contains("\"verb\":\"QUIT\""));
    }

    @Test
    void nulBytesNeverReachTheReply() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("ftp"))) {
            d.expect(220);
            d.raw("US\0ER x\0y\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(d.expect(500)).isEqualTo("500 'US\u0000ER x\u0000y': command not understood.".replace("\u0000", ""));
            d.raw("USER ro\0ot\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(d.expect(331)).isEqualTo("331 Password required for root.");
            d.call("PASS \0\0", 530);
            d.call("QUIT", 221);
        }
        List<String> events = eventsOfOnlySession();
        assertThat(events).anyMatch(e -> e.startsWith("auth.attempt") && e.contains("ro\\u0000ot"));
    }

    @Test
    void aHalfLineThenDisconnectIsRecordedButNotRun() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("ftp"))) {
            s.setSoTimeout(5000);
            s.getOutputStream().write("USER anonymous\r\nPASS half".getBytes(StandardCharsets.US_ASCII));
            s.shutdownOutput();
            String all = drain(s);
            assertThat(all).contains("331 ").doesNotContain("230 ");
        }
        List<String> events = eventsOfOnlySession();
        assertThat(events).anyMatch(e -> e.startsWith("command") && e.contains("\"verb\":\"PASS\"")
                && e.contains("\"argument\":\"half\"") && e.contains("unterminated"));
        assertThat(events).noneMatch(e -> e.startsWith("auth.attempt"));
        assertNoSessionError();
    }

    @Test
    void tenThousandPipelinedCommands() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            b.append("NOOP\r\n");
        }
        b.append("QUIT\r\n");
        try (Socket s = new Socket("127.0.0.1", sensor.port("ftp"))) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(b.toString().getBytes(StandardCharsets.US_ASCII));
            String all = drain(s);
            assertThat(all.split("200 NOOP command successful\\.", -1)).hasSize(10_001);
            assertThat(all).endsWith("221 Goodbye.\r\n");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("quit");
        assertThat(sensor.events(row.id()).stream().filter(e -> e.action().equals("command")).count())
                .isEqualTo(10_001);
    }

    @Test
    void aSlowSenderIsServed() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("ftp"))) {
            d.expect(220);
            for (byte c : "NOO".getBytes(StandardCharsets.US_ASCII)) {
                d.raw(new byte[] {c});
                Thread.sleep(1000);
            }
            d.raw("P\r\n".getBytes(StandardCharsets.US_ASCII));
            d.expect(200);
            d.call("QUIT", 221);
        }
        assertThat(eventsOfOnlySession()).anyMatch(e -> e.contains("\"verb\":\"NOOP\""));
    }

    @Test
    void anIdleClientIsToldAsWuFtpdTellsIt() throws Exception {
        sensor.stop();
        Sensor idle = Sensor.with("ftp").services(new Services(Map.of("ftp", FtpService::new)))
                .set("limits.idle", "300ms");
        idle.start();
        try (Dialogue d = new Dialogue(idle.port("ftp"))) {
            d.expect(220);
            assertThat(d.reply()).startsWith("421 Timeout (0 seconds): closing control connection.");
        } finally {
            assertThat(idle.awaitSessions(1).get(0).reason()).isEqualTo("idle");
            idle.stop();
        }
    }
}
