package dev.mirage.service.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.EventJson;
import dev.mirage.testing.Sensor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The aggressive personality: no guest is offered, an ordinary failed login is just refused, and an
 * attempt at the guest account gets the site's "logged and reported" notice, a misbehaviour record
 * and a closed connection.
 */
class FtpAggressiveTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp").services(DecoyFixture.services()).set("sensor.personality", "aggressive");

    @Test
    void aGuestLoginIsDetectedReportedAndClosed() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("ftp"))) {
            d.expect(220);
            assertThat(d.call("USER root", 331)).isEqualTo("331 Password required for root.");
            assertThat(d.call("PASS toor", 530)).isEqualTo("530 Login incorrect.");
            assertThat(d.call("USER anonymous", 331)).isEqualTo("331 Password required for anonymous.");
            assertThat(d.call("PASS guest@example.com", 421)).isEqualTo("421 Unauthorized access from 127.0.0.1 has"
                    + " been logged and reported to your service provider and to CERT. Goodbye.");
            assertThat(d.reply()).isNull();
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("detected");
        assertThat(row.credentials()).extracting(c -> c.user() + "/" + c.secret() + "/" + c.success())
                .containsExactly("root/toor/false", "anonymous/guest@example.com/false");
        List<JsonNode> caught = EventJson.of(sensor.events(row.id()), "misbehaviour");
        assertThat(caught).singleElement().satisfies(m -> {
            assertThat(m.path("mirage").path("misbehaviour").path("kind").asText()).isEqualTo("anonymous-login");
            assertThat(m.path("mirage").path("misbehaviour").path("detail").asText()).isEqualTo("anonymous");
        });
    }
}
