package dev.mirage.service.finger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile input against finger: each ends bounded and clean, with a complete record. */
class FingerHostileTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("finger").services(new Services(Map.of("finger", FingerService::new)));

    private String send(byte[] b) throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("finger"))) {
            s.setSoTimeout(5000);
            try {
                s.getOutputStream().write(b);
            } catch (java.io.IOException closedUnderUs) {
                // The sensor may hang up while we still write.
            }
            s.shutdownOutput();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.net.SocketException reset) {
            return "";
        }
    }

    private SessionRow onlySession() throws Exception {
        List<SessionRow> rows = sensor.awaitSessions(1);
        assertThat(rows).hasSize(1);
        SessionRow row = rows.get(0);
        assertThat(row.reason()).isNotEqualTo("error");
        assertThat(sensor.events(row.id())).extracting(SessionQuery.EventRow::action)
                .startsWith("session.connect").endsWith("session.close");
        return row;
    }

    private List<String> commands(SessionRow row) throws Exception {
        return sensor.events(row.id()).stream().filter(e -> e.action().equals("command"))
                .map(SessionQuery.EventRow::json).toList();
    }

    @Test
    void oneMebibyteLineEndsAtMaxLine() throws Exception {
        byte[] line = new byte[1 << 20];
        Arrays.fill(line, (byte) 'a');
        send(line);
        SessionRow row = onlySession();
        assertThat(row.reason()).isEqualTo("max-line");
    }

    @Test
    void binaryGarbageIsAnsweredBoundedAndSafe() throws Exception {
        byte[] junk = new byte[100_000];
        new Random(7).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == '\n') {
                junk[i] = ' ';
            }
        }
        junk[2000] = '\n';
        String out = send(junk);
        assertThat(out.length()).isLessThan(8000);
        assertThat(out.chars().filter(c -> c < 0x20 && c != '\r' && c != '\n')).isEmpty();
        assertThat(commands(onlySession())).hasSize(1);
    }

    @Test
    void nulBytesCutTheQueryAsACStringIs() throws Exception {
        assertThat(send("ro\0ot\r\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("finger: ro: no such user.\r\n");
        assertThat(commands(onlySession())).singleElement().asString().contains("\"argument\":\"ro\\u0000ot\"");
    }

    @Test
    void halfLineThenDisconnectIsRecordedNotAnswered() throws Exception {
        assertThat(send("roo".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(commands(onlySession())).singleElement().asString().contains("\"argument\":\"roo\"", "half-line");
    }

    @Test
    void tenThousandLinesGetOneAnswer() throws Exception {
        String out = send("xyz\r\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII));
        assertThat(out).isIn("finger: xyz: no such user.\r\n", "");
        assertThat(commands(onlySession())).hasSize(1);
    }

    @Test
    void slowSenderOneByteASecond() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("finger"))) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            for (String b : new String[] {"b", "i", "n"}) {
                out.write(b.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(1000);
            }
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII))
                    .startsWith("Login: bin ");
        }
        assertThat(commands(onlySession())).singleElement().asString().contains("\"argument\":\"bin\"");
    }
}
