package dev.mirage.service.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile input: each ends bounded and cleanly, with a complete record and no exception escaping a session. */
class Pop3HostileTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("pop3").services(Pop3Fixture.services()).set("limits.idle", "3s");

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureStderr() {
        savedErr = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void noSessionException() {
        System.setErr(savedErr);
        assertThat(errors.toString(StandardCharsets.UTF_8)).doesNotContain("session ");
    }

    private List<SessionQuery.EventRow> commands(SessionRow row) throws Exception {
        return sensor.events(row.id()).stream().filter(e -> e.action().equals("command")).toList();
    }

    @Test
    void oneMebibyteLine() throws Exception {
        String reply = null;
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            try {
                d.raw(("USER " + "A".repeat(1024 * 1024) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closedUnderUs) {
                // The sensor closes once the line passes max-line.
            }
            try {
                reply = d.readLine();
            } catch (IOException reset) {
                // A reset may swallow the last reply; the record below is what counts.
            }
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("max-line");
        assertThat(row.bytesIn()).isLessThan(1024 * 1024);
        assertThat(sensor.events(row.id())).extracting(e -> e.action()).contains("session.limit");
        if (reply != null) {
            assertThat(reply).isEqualTo("-ERR Command line too long");
        }
    }

    @Test
    void binaryGarbageAndNulBytes() throws Exception {
        byte[] garbage = new byte[3000];
        new Random(7).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == '\n') {
                garbage[i] = 0;
            }
        }
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            d.raw(garbage);
            d.raw("\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(d.readLine()).startsWith("-ERR ");
            assertThat(d.send("US\0ER alice")).isEqualTo("-ERR Unknown AUTHORIZATION state command");
            assertThat(d.send("USER al\0ice")).isEqualTo("+OK User name accepted, password please");
            assertThat(d.send("PASS \0\0\0")).isEqualTo("-ERR Bad login");
            assertThat(d.send("\0")).isEqualTo("-ERR Unknown AUTHORIZATION state command");
            assertThat(d.send("QUIT")).isEqualTo("+OK Sayonara");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("quit");
        assertThat(commands(row)).hasSize(6);
        assertThat(sensor.events(row.id())).filteredOn(e -> e.action().equals("auth.attempt")).singleElement()
                .satisfies(e -> assertThat(e.json()).contains("\"name\":\"al\\u0000ice\"", "\"secret\":\"\\u0000\\u0000\\u0000\""));
    }

    @Test
    void halfLineThenDisconnect() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            d.raw("USER alice\r\nPASS s3cr".getBytes(StandardCharsets.US_ASCII));
            assertThat(d.readLine()).isEqualTo("+OK User name accepted, password please");
            d.socket().shutdownOutput();
            assertThat(d.readLine()).isNull();
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("peer");
        List<SessionQuery.EventRow> commands = commands(row);
        assertThat(commands).hasSize(2);
        assertThat(commands.get(1).json()).contains("\"verb\":\"PASS\"", "\"argument\":\"s3cr\"", "unterminated")
                .doesNotContain("\"reply\"");
        assertThat(sensor.events(row.id())).noneMatch(e -> e.action().equals("auth.attempt"));
    }

    @Test
    void tenThousandPipelinedCommands() throws Exception {
        int n = 10_000;
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            d.send("USER alice");
            d.send("PASS s3cret");
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    d.raw("NOOP\r\n".repeat(n).getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            for (int i = 0; i < n; i++) {
                assertThat(d.readLine()).isEqualTo("+OK No-op to you too!");
            }
            writer.join();
            assertThat(d.send("QUIT")).isEqualTo("+OK Sayonara");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("quit");
        assertThat(commands(row)).hasSize(n + 3);
    }

    @Test
    void slowSender() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            for (byte b : "NO".getBytes(StandardCharsets.US_ASCII)) {
                d.raw(new byte[] {b});
                Thread.sleep(1000);
            }
            d.raw("OP\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(d.readLine()).isEqualTo("-ERR Unknown AUTHORIZATION state command");
            // Then nothing: the idle limit ends the session with ipop3d's autologout.
            assertThat(d.readLine()).isEqualTo("-ERR Autologout; idle for too long");
            assertThat(d.readLine()).isNull();
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("idle");
        assertThat(commands(row)).singleElement().satisfies(e -> assertThat(e.json()).contains("\"verb\":\"NOOP\""));
    }
}
