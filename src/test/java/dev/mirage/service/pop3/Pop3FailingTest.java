package dev.mirage.service.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.EventJson;
import dev.mirage.testing.Sensor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failing personality: a weak account lets the intruder in, then the mailbox fails him, drawn from
 * the seeded dice in ipop3d's own words: locked by another session, unreadable, or the connection
 * dropping halfway through a message.
 */
class Pop3FailingTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("pop3").config(Pop3Fixture.YAML).set("sensor.personality", "failing")
            .set("sensor.seed", 4);

    @Test
    void eachSessionFailsSomewhereAndTheSameSeedFailsThemAlike() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(fetch());
        }
        assertThat(outcomes).containsExactly("locked", "broken", "dropped", "locked", "dropped");
        List<SessionRow> rows = sensor.awaitSessions(outcomes.size());
        assertThat(rows).extracting(SessionRow::reason).containsOnly("failing");
        for (SessionRow row : rows) {
            assertThat(EventJson.of(sensor.events(row.id()), "auth.attempt")).singleElement()
                    .satisfies(j -> assertThat(j.path("event").path("outcome").asText()).isEqualTo("success"));
        }
    }

    /** Logs in with a weak account and reads the first message, as far as it gets; says where it failed. */
    private String fetch() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            d.send("USER jsmith");
            String login = d.send("PASS jsmith");
            if (!login.startsWith("+OK")) {
                assertThat(login).isIn("-ERR Can't get lock.  Mailbox in use", "-ERR Unable to open user's INBOX");
                assertThat(d.readLine()).isNull();
                return login.contains("lock") ? "locked" : "broken";
            }
            assertThat(login).isEqualTo("+OK Mailbox open, 2 messages");
            List<String> list = d.sendMulti("LIST");
            assertThat(list).hasSize(3);
            assertThat(d.send("RETR 1")).isEqualTo("+OK " + list.get(1).split(" ")[1] + " octets");
            List<String> rest = new ArrayList<>();
            try {
                for (String l = d.readLine(); l != null; l = d.readLine()) {
                    rest.add(l);
                }
            } catch (IOException reset) {
                // Dropped: what came before is all there is.
            }
            assertThat(rest).doesNotContain(".");
            return "dropped";
        }
    }
}
