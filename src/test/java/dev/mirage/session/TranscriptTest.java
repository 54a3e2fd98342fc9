package dev.mirage.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.net.LineReader;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Cli;
import dev.mirage.testing.Sensor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every emulated session's dialogue is recorded in order, in a few chunks, and `show` prints it escaped. */
class TranscriptTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("finger").services(new Services(Map.of("finger", ctx -> session -> {
        session.out().write("hello\r\n".getBytes(StandardCharsets.US_ASCII));
        LineReader lines = new LineReader(session.in(), session.limits().maxLine());
        LineReader.Line line;
        while ((line = lines.readLine()) != null) {
            session.out().write(("got " + line.bytes().length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
    })));

    @Test
    void recordsBothSidesInOrder() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("finger"))) {
            BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(r.readLine()).isEqualTo("hello");
            s.getOutputStream().write("one\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(r.readLine()).isEqualTo("got 3");
            s.getOutputStream().write(new byte[] {0x1b, '[', '2', 'J', '\r', '\n'});
            assertThat(r.readLine()).isEqualTo("got 4");
            byte[] big = new byte[40_000];
            java.util.Arrays.fill(big, (byte) 'a');
            for (int i = 0; i < big.length; i += 1000) {
                big[i] = '\n';
            }
            s.getOutputStream().write(big);
            s.shutdownOutput();
            while (r.readLine() != null) {
                // Drain the replies.
            }
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        var chunks = sensor.events(row.id()).stream().filter(e -> e.action().equals("session.transcript")).toList();
        assertThat(chunks.size()).as("4 KiB chunks, not one event per line").isBetween(9, 14);
        Cli show = Cli.run("show", "--data", sensor.data().toString(), row.id());
        String out = show.out();
        assertThat(out).contains(">> hello\\r\\n").contains("<< one\\r\\n").contains(">> got 3\\r\\n")
                .contains("<< \\x1b[2J\\r\\n").contains(">> got 4\\r\\n");
        assertThat(out.indexOf(">> hello")).isLessThan(out.indexOf("<< one"));
        assertThat(out.indexOf("<< one")).isLessThan(out.indexOf(">> got 3"));
        assertThat(out).doesNotContain("\u001b");
    }
}
