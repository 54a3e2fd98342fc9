package dev.mirage.service.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.EventJson;
import dev.mirage.testing.Sensor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Secure personality: only the configured accounts log in, and nothing is told off. */
class Pop3SecureTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("pop3").config(Pop3Fixture.YAML).set("sensor.personality", "secure");

    @Test
    void onlyTheConfiguredAccountsLogInAndNothingIsToldOff() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
            d.send("USER jsmith");
            assertThat(d.send("PASS jsmith")).isEqualTo("-ERR Bad login");
            d.send("USER root");
            for (String guess : List.of("root", "toor", "redhat", "password")) {
                assertThat(d.send("PASS " + guess)).isEqualTo("-ERR Bad login");
            }
            d.send("USER alice");
            assertThat(d.send("PASS s3cret")).isEqualTo("+OK Mailbox open, 2 messages");
            assertThat(d.send("QUIT")).isEqualTo("+OK Sayonara");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("quit");
        assertThat(EventJson.of(sensor.events(row.id()), "misbehaviour")).isEmpty();
    }
}
