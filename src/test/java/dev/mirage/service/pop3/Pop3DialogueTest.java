package dev.mirage.service.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The phase rules of RFC 1939 as UW ipop3d answered them, in raw dialogues. */
class Pop3DialogueTest {
    /** nmap-service-probes' line for UW ipop3d without APOP: -sV names it "UW Imap pop3d" with the version. */
    private static final Pattern NMAP_UW = Pattern.compile("^\\+OK POP3 ([-.\\w]+) v?(200\\d\\w?\\.[-.\\w]+) server ready\r\n");

    @RegisterExtension
    final Sensor sensor = Sensor.with("pop3").services(Pop3Fixture.services());

    @Test
    void greetingIsTheOneNmapNamesUwIpop3d() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            Matcher m = NMAP_UW.matcher(d.greeting + "\r\n");
            assertThat(m.find()).isTrue();
            assertThat(m.group(1)).isEqualTo("www");
            assertThat(m.group(2)).isEqualTo("2001.78rh");
        }
    }

    @Test
    void authorizationPhaseRules() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            assertThat(d.send("STAT")).isEqualTo("-ERR Unknown AUTHORIZATION state command");
            assertThat(d.send("RETR 1")).isEqualTo("-ERR Unknown AUTHORIZATION state command");
            assertThat(d.send("PASS s3cret")).isEqualTo("-ERR Unknown AUTHORIZATION state command");
            assertThat(d.send("USER")).isEqualTo("-ERR Missing username argument");
            assertThat(d.send("user mallory")).isEqualTo("+OK User name accepted, password please");
            assertThat(d.send("USER alice")).isEqualTo("+OK User name accepted, password please");
            assertThat(d.send("PASS")).isEqualTo("-ERR Missing password argument");
            assertThat(d.send("PASS wrong")).isEqualTo("-ERR Bad login");
            assertThat(d.send("")).isEqualTo("-ERR Null command");
            assertThat(d.send("XYZZY")).isEqualTo("-ERR Unknown AUTHORIZATION state command");
            assertThat(d.send("RPOP alice")).isEqualTo("-ERR Nice try, bunkie");
            assertThat(d.send("APOP alice 0123456789abcdef0123456789abcdef")).isEqualTo("-ERR Not supported");
            // The second USER replaced the first: the password of alice now opens alice's mailbox.
            assertThat(d.send("PASS s3cret")).isEqualTo("+OK Mailbox open, 2 messages");
            assertThat(d.send("USER bob")).isEqualTo("-ERR Unknown TRANSACTION state command");
            assertThat(d.send("PASS hunter2")).isEqualTo("-ERR Unknown TRANSACTION state command");
            assertThat(d.send("QUIT")).isEqualTo("+OK Sayonara");
            assertThat(d.readLine()).isNull();
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("quit");
        var events = sensor.events(row.id());
        assertThat(events).filteredOn(e -> e.action().equals("command")).hasSize(16).first()
                .satisfies(e -> assertThat(e.json()).contains("\"verb\":\"STAT\"",
                        "\"reply\":\"-ERR Unknown AUTHORIZATION state command\""));
        assertThat(events).filteredOn(e -> e.action().equals("auth.attempt")).extracting(e -> e.json())
                .satisfiesExactly(
                        j -> assertThat(j).contains("\"name\":\"alice\"", "\"secret\":\"wrong\"", "\"method\":\"password\"",
                                "\"outcome\":\"failure\""),
                        j -> assertThat(j).contains("\"name\":\"alice\"", "\"method\":\"apop\"",
                                "\"secret\":\"0123456789abcdef0123456789abcdef\"", "\"outcome\":\"failure\""),
                        j -> assertThat(j).contains("\"name\":\"alice\"", "\"secret\":\"s3cret\"", "\"outcome\":\"success\""));
    }

    @Test
    void transactionPhaseRules() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            d.send("USER alice");
            d.send("PASS s3cret");
            assertThat(d.send("LIST 3")).isEqualTo("-ERR No such message");
            assertThat(d.send("LIST x")).isEqualTo("-ERR No such message");
            assertThat(d.send("RETR")).isEqualTo("-ERR Missing message number argument");
            assertThat(d.send("RETR 99999999999999999999999")).isEqualTo("-ERR No such message");
            assertThat(d.send("TOP 1")).isEqualTo("-ERR Bad line count argument");
            assertThat(d.send("TOP")).isEqualTo("-ERR Bad message number argument");
            assertThat(d.send("DELE 2")).isEqualTo("+OK Message deleted");
            assertThat(d.send("DELE 2")).isEqualTo("-ERR No such message");
            assertThat(d.send("RETR 2")).isEqualTo("-ERR No such message");
            assertThat(d.send("LAST")).isEqualTo("+OK 2");
            assertThat(d.sendMulti("LIST")).hasSize(2).first().isEqualTo("+OK Mailbox scan listing follows");
            assertThat(d.send("RSET")).isEqualTo("+OK Reset state");
            assertThat(d.sendMulti("UIDL")).hasSize(3).first().isEqualTo("+OK Unique-ID listing follows");
            List<String> retr = d.sendMulti("retr 1");
            assertThat(retr.get(0)).matches("\\+OK \\d+ octets");
            // Dot-stuffing on the wire (RFC 1939 section 3).
            assertThat(retr).contains("..htaccess is attached.", "Status:  O");
            assertThat(d.sendMulti("TOP 1 0")).contains("Status: RO").doesNotContain("Hi Alice,");
            assertThat(d.send("XTND XMIT")).isEqualTo("-ERR Sorry I can't do that");
            assertThat(d.send("APOP alice x")).isEqualTo("-ERR Unknown TRANSACTION state command");
            assertThat(d.send("QUIT")).isEqualTo("+OK Sayonara");
        }
    }

    @Test
    void capaInBothPhases() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            List<String> capa = d.sendMulti("CAPA");
            assertThat(capa).containsExactly("+OK Capability list follows:", "TOP", "LOGIN-DELAY 180", "UIDL", "USER");
            d.send("USER bob");
            d.send("PASS hunter2");
            assertThat(d.sendMulti("CAPA")).isEqualTo(capa);
            assertThat(d.send("STAT")).isEqualTo("+OK 0 0");
            assertThat(d.sendMulti("LIST")).containsExactly("+OK Mailbox scan listing follows");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("peer");
        assertThat(sensor.events(row.id())).filteredOn(e -> e.action().equals("command"))
                .anySatisfy(e -> assertThat(e.json()).contains("\"verb\":\"CAPA\"",
                        "\"reply\":\"+OK Capability list follows:\""));
    }
}
