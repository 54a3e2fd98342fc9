package dev.mirage.service.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.EventJson;
import dev.mirage.testing.Sensor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Aggressive personality: root's login and the third wrong password get the site's answer, a record, the end. */
class Pop3AggressiveTest {
    private static final String DETECTED = "-ERR Login refused: abuse from [127.0.0.1] has been logged and reported"
            + " to your provider";

    @RegisterExtension
    final Sensor sensor = Sensor.with("pop3").config(Pop3Fixture.YAML).set("sensor.personality", "aggressive");

    @Test
    void aLoginToASystemAccountIsToldOffAfterItsPasswordIsKept() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            assertThat(d.send("USER root")).isEqualTo("+OK User name accepted, password please");
            assertThat(d.send("PASS toor")).isEqualTo(DETECTED);
            assertThat(d.readLine()).isNull();
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("detected");
        var events = sensor.events(row.id());
        assertThat(EventJson.of(events, "auth.attempt")).singleElement()
                .satisfies(j -> assertThat(j.path("mirage").path("auth").path("secret").asText()).isEqualTo("toor"));
        JsonNode m = EventJson.of(events, "misbehaviour").get(0).path("mirage").path("misbehaviour");
        assertThat(m.path("kind").asText()).isEqualTo("root-login");
        assertThat(m.path("detail").asText()).isEqualTo("root");
    }

    @Test
    void theThirdWrongPasswordIsABruteForceAndTheRightOneStillWorks() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            d.send("USER alice");
            assertThat(d.send("PASS s3cret")).isEqualTo("+OK Mailbox open, 2 messages");
            assertThat(d.send("QUIT")).isEqualTo("+OK Sayonara");
        }
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            d.send("USER alice");
            assertThat(d.send("PASS alice")).isEqualTo("-ERR Bad login");
            assertThat(d.send("PASS 123456")).isEqualTo("-ERR Bad login");
            d.send("USER bob");
            assertThat(d.send("PASS bob")).isEqualTo(DETECTED);
            assertThat(d.readLine()).isNull();
        }
        List<SessionRow> rows = sensor.awaitSessions(2);
        assertThat(rows).extracting(SessionRow::reason).containsExactly("quit", "detected");
        JsonNode m = EventJson.of(sensor.events(rows.get(1).id()), "misbehaviour").get(0).path("mirage").path("misbehaviour");
        assertThat(m.path("kind").asText()).isEqualTo("brute-force");
        assertThat(m.path("detail").asText()).isEqualTo("bob");
        assertThat(EventJson.of(sensor.events(rows.get(1).id()), "auth.attempt")).hasSize(3);
    }
}
