package dev.mirage.service.finger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "secure": fingerd -u refuses "finger @host", and every home has a .nofinger, so no name is found. */
class FingerSecureTest {
    @RegisterExtension
    final Sensor sensor = Finger.sensor("secure");

    @Test
    void theUserListIsRefusedInFingerdsWords() throws Exception {
        assertThat(Finger.query(sensor, "")).isEqualTo("Please supply a username\r\n");
        assertThat(Finger.query(sensor, "/W")).isEqualTo("Please supply a username\r\n");
        for (SessionRow row : sensor.awaitSessions(2)) {
            JsonNode q = Finger.events(sensor, row, "command").get(0);
            assertThat(q.at("/mirage/command/reply").asText()).isEqualTo("Please supply a username");
            assertThat(q.at("/mirage/tags").toString()).contains("refused");
            assertThat(Finger.events(sensor, row, "misbehaviour")).isEmpty();
        }
    }

    @Test
    void noNameIsFoundNotEvenRoot() throws Exception {
        assertThat(Finger.query(sensor, "root")).isEqualTo("finger: root: no such user.\r\n");
        assertThat(Finger.query(sensor, "-l jsmith smith")).isEqualTo(
                "finger: jsmith: no such user.\r\nfinger: smith: no such user.\r\n");
        assertThat(Finger.query(sensor, "root@10.0.0.1")).isEqualTo("fingerd: forwarding not allowed\r\n");
    }
}
