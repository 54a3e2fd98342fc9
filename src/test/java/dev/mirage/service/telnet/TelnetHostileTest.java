package dev.mirage.service.telnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile input against Telnet: each ends bounded and clean, with a complete record. */
class TelnetHostileTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("telnet").services(new Services(Map.of("telnet", TelnetService::new)));

    private SessionRow onlySession() throws Exception {
        List<SessionRow> rows = sensor.awaitSessions(1);
        assertThat(rows).hasSize(1);
        SessionRow row = rows.get(0);
        assertThat(row.status()).isNotEqualTo("open");
        assertThat(row.reason()).isNotEqualTo("error");
        assertThat(sensor.events(row.id())).extracting(SessionQuery.EventRow::action)
                .startsWith("session.connect").endsWith("session.close");
        return row;
    }

    private static void sendQuietly(RawTelnet t, byte[] b) {
        try {
            t.send(b);
        } catch (IOException closedUnderUs) {
            // The sensor may hang up while we still write; that is the bound at work.
        }
    }

    @Test
    void oneMebibyteLineEndsTheSessionAtMaxLine() throws Exception {
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), true)) {
            t.until("login: ");
            byte[] line = new byte[1 << 20];
            Arrays.fill(line, (byte) 'A');
            sendQuietly(t, line);
            t.toEnd();
        }
        SessionRow row = onlySession();
        assertThat(row.reason()).isEqualTo("max-line");
        assertThat(sensor.events(row.id())).extracting(SessionQuery.EventRow::action).contains("session.limit");
    }

    @Test
    void binaryGarbageWithStrayIacIsParsedAndBounded() throws Exception {
        Random r = new Random(42);
        byte[] junk = new byte[200_000];
        r.nextBytes(junk);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 255, (byte) 251, 24, (byte) 255, (byte) 255, (byte) 255, (byte) 240,
            (byte) 255, 7, (byte) 255, (byte) 250, (byte) 255, (byte) 240});
        b.writeBytes(junk);
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), false)) {
            sendQuietly(t, b.toByteArray());
            t.toEnd();
        }
        SessionRow row = onlySession();
        assertThat(row.reason()).isIn("tries", "max-line", "peer", "reset", "done");
        List<String> commands = TelnetEvents.commands(sensor.events(row.id()));
        // A flood of negotiation is recorded up to the policy's share and then counted in one event.
        assertThat(commands.size()).isLessThanOrEqualTo(TelnetPolicy.of(dev.mirage.personality.Personality.SECURE).maxRecorded() + 20);
    }

    @Test
    void endlessSubnegotiationIsCutAndRecorded() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 255, (byte) 250, 24, 0});
        byte[] body = new byte[300_000];
        Arrays.fill(body, (byte) 'x');
        b.writeBytes(body);
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), false)) {
            sendQuietly(t, b.toByteArray());
            t.socket.shutdownOutput();
            t.toEnd();
        }
        SessionRow row = onlySession();
        List<SessionQuery.EventRow> events = sensor.events(row.id());
        assertThat(TelnetEvents.of(events, "command")).anySatisfy(j -> {
            assertThat(j.at("/mirage/command/argument").asText()).startsWith("SB TTYPE xxxx");
            assertThat(j.at("/mirage/tags").toString()).contains("telnet-sb-overflow");
        });
        assertThat(TelnetEvents.clientInfo(events)).singleElement().asString()
                .hasSizeLessThan(300).startsWith("telnet-terminal=xxx");
    }

    @Test
    void nulBytesAreDroppedFromTheLine() throws Exception {
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), true)) {
            t.until("login: ");
            t.send("\0\0ro\0ot\r\0".getBytes(StandardCharsets.ISO_8859_1));
            t.until("Password: ");
            t.send("se\0cret\r\n\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
            t.until("Login incorrect");
        }
        SessionRow row = onlySession();
        assertThat(TelnetEvents.credentials(sensor.events(row.id()))).containsExactly("root:secret");
    }

    @Test
    void halfLineThenDisconnectIsRecordedNotExecuted() throws Exception {
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), true)) {
            t.until("login: ");
            t.send("admin\r\n");
            t.until("Password: ");
            t.send("half-a-passw");
            t.socket.shutdownOutput();
            t.toEnd();
        }
        SessionRow row = onlySession();
        List<SessionQuery.EventRow> events = sensor.events(row.id());
        assertThat(TelnetEvents.credentials(events)).isEmpty();
        assertThat(TelnetEvents.of(events, "command")).anySatisfy(j -> {
            assertThat(j.at("/mirage/command/verb").asText()).isEqualTo("PASSWORD");
            assertThat(j.at("/mirage/command/argument").asText()).isEqualTo("half-a-passw");
            assertThat(j.at("/mirage/tags").toString()).contains("half-line");
        });
    }

    @Test
    void tenThousandLinesEndAfterTheProfilesTries() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            lines.append("user").append(i).append("\r\n");
        }
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), false)) {
            sendQuietly(t, lines.toString().getBytes(StandardCharsets.US_ASCII));
            assertThat(t.toEnd()).endsWith("Login incorrect\r\n");
        }
        SessionRow row = onlySession();
        assertThat(row.reason()).isEqualTo("tries");
        assertThat(TelnetEvents.credentials(sensor.events(row.id())))
                .containsExactly("user0:user1", "user2:user3", "user4:user5");
    }

    @Test
    void tenThousandEmptyLinesAreBoundedToo() throws Exception {
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), false)) {
            sendQuietly(t, "\r\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII));
            t.toEnd();
        }
        SessionRow row = onlySession();
        assertThat(row.reason()).isEqualTo("tries");
        assertThat(TelnetEvents.commands(sensor.events(row.id()))).hasSizeLessThan(20);
    }

    @Test
    void slowSenderOneByteASecond() throws Exception {
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), true)) {
            t.until("login: ");
            for (char c : "ab\r".toCharArray()) {
                t.send(String.valueOf(c));
                Thread.sleep(1000);
            }
            t.until("Password: ");
        }
        SessionRow row = onlySession();
        assertThat(TelnetEvents.commands(sensor.events(row.id()))).contains("LOGIN ab -> Password: ");
    }

    @Test
    void aShellSessionIsLoggedOutAfterItsShareOfLines() throws Exception {
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), true)) {
            t.until("login: ");
            t.send("guest\r\nguest\r\n");
            t.until("$ ");
            sendQuietly(t, "id\r\n".repeat(150).getBytes(StandardCharsets.US_ASCII));
            assertThat(t.toEnd()).endsWith("$ uid=500(guest) gid=500(guest) groups=500(guest)\r\nlogout\r\n");
        }
        SessionRow row = onlySession();
        assertThat(row.reason()).isEqualTo("commands");
        assertThat(TelnetEvents.commands(sensor.events(row.id()))).filteredOn(c -> c.startsWith("SHELL ")).hasSize(100);
    }

    @Test
    void anEndlessShellLineEndsAtMaxLine() throws Exception {
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), true)) {
            t.until("login: ");
            t.send("guest\r\nguest\r\n");
            t.until("$ ");
            byte[] a = new byte[64 * 1024];
            Arrays.fill(a, (byte) 'a');
            sendQuietly(t, a);
            t.toEnd();
        }
        assertThat(onlySession().reason()).isEqualTo("max-line");
    }
}
