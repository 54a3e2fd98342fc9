package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile input: each gets bounded, clean behaviour and a complete record; no exception escapes a session. */
class SmtpHostileTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("smtp").services(new Services(Map.of("smtp", SmtpService::new)))
            .set("sensor.personality", "open");

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureErr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void noEscapedException() throws Exception {
        System.setErr(originalErr);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("session ");
        assertThat(sensor.sessions()).allMatch(s -> !"error".equals(s.reason()));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aOneMebibyteCommandLineIsRefusedAndTheSessionClosed() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            try {
                d.raw(ascii("HELO " + "A".repeat(1 << 20) + "\r\n"));
            } catch (java.io.IOException closedUnderUs) {
                // The sensor closes while we still write.
            }
            try {
                d.expect("421 4.7.0 www Line too long; closing connection");
            } catch (java.net.SocketException reset) {
                // A reset may swallow the reply; the record below is what counts.
            }
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.session.reason()).isEqualTo("max-line");
        assertThat(r.actions("session.limit")).hasSize(1);
    }

    @Test
    void aOneMebibyteLineInsideDataEndsTheSessionAndWhatCameIsRecorded() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("HELO x", "250 ");
            d.command("MAIL FROM:<a@b>", "250 ");
            d.command("RCPT TO:<c@d>", "250 ");
            d.command("DATA", "354 ");
            try {
                d.raw(ascii("Subject: huge\r\n\r\n" + "B".repeat(1 << 20) + "\r\n.\r\n"));
                d.expect("421 4.7.0 www Line too long; closing connection");
            } catch (java.io.IOException closedUnderUs) {
                // The sensor closes while we still write.
            }
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.session.reason()).isEqualTo("max-line");
        JsonNode f = r.actions("file.received").get(0);
        assertThat(f.path("mirage").path("file").path("truncated").asBoolean()).isTrue();
        assertThat(f.path("file").path("name").asText()).isEqualTo("huge");
        assertThat(f.path("file").path("size").asLong()).isEqualTo("Subject: huge\r\n\r\n".length());
    }

    @Test
    void binaryGarbageGetsUnrecognisedRepliesThenQuitWorks() throws Exception {
        byte[] garbage = new byte[3000];
        new Random(7).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == '\n') {
                garbage[i] = 'x';
            }
        }
        for (int i = 200; i < garbage.length; i += 200) {
            garbage[i] = '\n';
        }
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.raw(garbage).send("");
            for (int i = 0; i < 15; i++) {
                List<String> reply = d.expect("500 5.5.1 Command unrecognized: \"");
                assertThat(reply.get(0).chars()).allMatch(c -> c >= 0x20);
            }
            d.command("QUIT", "221 ");
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.session.reason()).isEqualTo("quit");
        assertThat(r.actions("command")).hasSize(16);
    }

    @Test
    void nulBytesAreRecordedButNeverEchoed() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.raw(ascii("\0\0EVIL\0 x\0\r\n"));
            assertThat(d.expect("500 5.5.1 Command unrecognized: \"EVIL x\"")).hasSize(1);
            d.raw(ascii("HELO ev\0il\r\n"));
            d.expect("250 www Hello [127.0.0.1]");
            d.raw(ascii("MAIL FROM:<a\0b@c>\r\n"));
            d.expect("250 2.1.0 <ab@c>... Sender ok");
            d.command("QUIT", "221 ");
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.actions("client.info").get(0).path("user_agent").path("original").asText()).isEqualTo("ev\0il");
        assertThat(r.commandsWithVerb("\0\0EVIL\0")).hasSize(1);
    }

    @Test
    void aHalfLineThenDisconnectIsRecordedButNotRun() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("HELO x", "250 ");
            d.raw(ascii("MAIL FROM:<half@line>"));
            d.shutdownOutput();
            assertThat(d.closedByServer()).isTrue();
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.session.reason()).isEqualTo("peer");
        JsonNode mail = r.commandsWithVerb("MAIL").get(0).path("mirage");
        assertThat(mail.path("command").path("argument").asText()).isEqualTo("FROM:<half@line>");
        assertThat(mail.path("command").path("reply").isMissingNode()).isTrue();
        assertThat(mail.path("tags").get(0).asText()).isEqualTo("unterminated");
    }

    @Test
    void tenThousandPipelinedCommandsAreAnsweredAndRecorded() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.raw(ascii("NOOP\r\n".repeat(10_000) + "QUIT\r\n"));
            for (int i = 0; i < 10_000; i++) {
                d.expect("250 2.0.0 OK");
            }
            d.expect("221 ");
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.actions("command")).hasSize(10_001);
        assertThat(r.session.reason()).isEqualTo("quit");
    }

    @Test
    void tooManyUnrecognisedCommandsCloseAsSendmailDoes() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.raw(ascii("BOGUS\r\n".repeat(30)));
            for (int i = 0; i < 25; i++) {
                d.expect("500 5.5.1 ");
            }
            d.expect("421 4.7.0 www Too many bad commands; closing connection");
            assertThat(d.closedByServer()).isTrue();
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.session.reason()).isEqualTo("bad-commands");
        assertThat(r.actions("command")).hasSize(26);
    }

    @Test
    void aSlowSenderIsServed() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            for (byte b : ascii("NOO")) {
                d.raw(new byte[] {b});
                Thread.sleep(1000);
            }
            d.raw(ascii("P\r\n"));
            d.expect("250 2.0.0 OK");
            d.command("QUIT", "221 ");
        }
        assertThat(Recorded.only(sensor).commands()).containsExactly("NOOP -> 250 2.0.0 OK",
                "QUIT -> 221 2.0.0 www closing connection");
    }
}
