package dev.mirage.service.finger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "aggressive": asking for every user, forwarding through us, or a query built to attack fingerd
 * gets the site's notice, a misbehaviour record and the close; asking for a user is answered.
 */
class FingerAggressiveTest {
    static final String NOTICE = "Finger requests of this kind are not permitted from your site.\r\n"
            + "This attempt has been logged and reported to the system administrator.\r\n";

    @RegisterExtension
    final Sensor sensor = Finger.sensor("aggressive");

    private JsonNode misbehaviour(SessionRow row) throws Exception {
        assertThat(row.reason()).isEqualTo("detected");
        List<JsonNode> m = Finger.events(sensor, row, "misbehaviour");
        assertThat(m).hasSize(1);
        return m.get(0);
    }

    @Test
    void listingEveryUserIsDetectedAndReported() throws Exception {
        assertThat(Finger.query(sensor, "")).isEqualTo(NOTICE);
        assertThat(Finger.query(sensor, "/W")).isEqualTo(NOTICE);
        List<SessionRow> rows = sensor.awaitSessions(2);
        assertThat(misbehaviour(rows.get(0)).at("/mirage/misbehaviour/kind").asText()).isEqualTo("user-listing");
        JsonNode m = misbehaviour(rows.get(1));
        assertThat(m.at("/mirage/misbehaviour/kind").asText()).isEqualTo("user-listing");
        assertThat(m.at("/mirage/misbehaviour/detail").asText()).isEqualTo("/W");
        JsonNode q = Finger.events(sensor, rows.get(0), "command").get(0);
        assertThat(q.at("/mirage/command/reply").asText()).isEqualTo(
                "Finger requests of this kind are not permitted from your site.");
    }

    @Test
    void forwardingAndAttacksAreDetected() throws Exception {
        assertThat(Finger.query(sensor, "root@relay.example@10.1.2.3")).isEqualTo(NOTICE);
        assertThat(Finger.query(sensor, "|/bin/id")).isEqualTo(NOTICE);
        assertThat(Finger.query(sensor, "A".repeat(600))).isEqualTo(NOTICE);
        List<SessionRow> rows = sensor.awaitSessions(3);
        JsonNode forward = misbehaviour(rows.get(0));
        assertThat(forward.at("/mirage/misbehaviour/kind").asText()).isEqualTo("forwarding");
        assertThat(forward.at("/mirage/misbehaviour/detail").asText()).isEqualTo("root@relay.example@10.1.2.3");
        assertThat(Finger.events(sensor, rows.get(0), "command").get(0).at("/mirage/tags").toString())
                .contains("finger-forward");
        assertThat(misbehaviour(rows.get(1)).at("/mirage/misbehaviour/kind").asText()).isEqualTo("exploit");
        assertThat(misbehaviour(rows.get(2)).at("/mirage/misbehaviour/kind").asText()).isEqualTo("exploit");
    }

    @Test
    void askingForAUserIsAnswered() throws Exception {
        assertThat(Finger.query(sensor, "root")).startsWith("Login: root ");
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isNotEqualTo("detected");
        assertThat(Finger.events(sensor, row, "misbehaviour")).isEmpty();
    }
}
