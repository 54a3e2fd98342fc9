package dev.mirage.service.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.pop3.POP3Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** APOP where the profile offers it: the greeting carries ipop3d's timestamp, each digest is recorded. */
class Pop3ApopTest {
    /**
     * ipop3d's APOP greeting: no host name, the timestamp last. nmap's UW line for this form expects a
     * bare numeric version, so the "rh" suffix is allowed here (nmap then names it less precisely).
     */
    private static final Pattern APOP_GREETING = Pattern.compile("^\\+OK POP3 v?([\\d.]+\\w*) server ready <[\\w.]+@([-\\w_.]+)>\r\n");

    @RegisterExtension
    final Sensor sensor = Sensor.with("pop3").services(Pop3Fixture.services(t -> t.withApop(true)));

    @Test
    void apopLoginsAreCheckedAndRecorded() throws Exception {
        POP3Client c = new POP3Client();
        c.setDefaultTimeout(5000);
        c.connect("127.0.0.1", sensor.port("pop3"));
        String greeting = c.getReplyString();
        Matcher m = APOP_GREETING.matcher(greeting);
        assertThat(m.find()).as(greeting).isTrue();
        assertThat(m.group(2)).isEqualTo("www");
        String timestamp = greeting.substring(greeting.indexOf('<'), greeting.indexOf('>') + 1);

        assertThat(c.login("alice", timestamp, "guess")).isFalse();
        assertThat(c.getReplyString()).isEqualTo("-ERR Bad APOP\r\n");
        assertThat(c.login("alice", timestamp, "s3cret")).isTrue();
        assertThat(c.getReplyString()).isEqualTo("+OK Mailbox open, 2 messages\r\n");
        assertThat(c.status().number).isEqualTo(2);
        c.logout();
        c.disconnect();

        SessionRow row = sensor.awaitSessions(1).get(0);
        String good = ApopDigest.of(timestamp + "s3cret");
        assertThat(sensor.events(row.id())).filteredOn(e -> e.action().equals("auth.attempt")).extracting(e -> e.json())
                .satisfiesExactly(
                        j -> assertThat(j).contains("\"name\":\"alice\"", "\"method\":\"apop\"", "\"outcome\":\"failure\"",
                                "\"secret\":\"" + ApopDigest.of(timestamp + "guess") + "\""),
                        j -> assertThat(j).contains("\"name\":\"alice\"", "\"method\":\"apop\"", "\"outcome\":\"success\"",
                                "\"secret\":\"" + good + "\""));
    }

    @Test
    void apopArgumentsMissing() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            assertThat(d.greeting).startsWith("+OK POP3 v2001.78rh server ready <").endsWith("@www>");
            assertThat(d.send("APOP")).isEqualTo("-ERR Missing APOP argument");
            assertThat(d.send("APOP alice")).isEqualTo("-ERR Missing APOP argument");
            assertThat(d.send("APOP nobody 00000000000000000000000000000000")).isEqualTo("-ERR Bad APOP");
        }
    }

    /** MD5 in hex, as RFC 1939 section 7 defines the digest. */
    static final class ApopDigest {
        static String of(String s) throws Exception {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }
}
