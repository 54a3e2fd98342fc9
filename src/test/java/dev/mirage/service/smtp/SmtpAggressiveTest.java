package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Aggressive personality: a relay attempt or a third failed login gets the site's policy reply, a record, the end. */
class SmtpAggressiveTest {
    private static final String DETECTED = "421 4.7.1 www Unauthorized use of this mail server from [127.0.0.1]"
            + " logged and reported to your provider; closing connection";

    @RegisterExtension
    final Sensor sensor = Sensor.with("smtp").services(new Services(Map.of("smtp", SmtpService::new)))
            .set("sensor.personality", "aggressive");

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRelayAttemptIsToldOffRecordedAndTheSessionEnds() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("EHLO spammer", "250 HELP");
            d.command("MAIL FROM:<x@spam.example>", "250 2.1.0 ");
            d.command("RCPT TO:<root@www>", "250 2.1.5 <root@www>... Recipient ok");
            assertThat(d.command("RCPT TO:<victim@elsewhere.example>", "421 ")).containsExactly(DETECTED);
            assertThat(d.closedByServer()).isTrue();
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.session.reason()).isEqualTo("detected");
        JsonNode m = r.actions("misbehaviour").get(0).path("mirage").path("misbehaviour");
        assertThat(m.path("kind").asText()).isEqualTo("relay-attempt");
        assertThat(m.path("detail").asText()).isEqualTo("victim@elsewhere.example");
        assertThat(r.commands()).endsWith("RCPT TO:<victim@elsewhere.example> -> " + DETECTED);
    }

    @Test
    void theThirdFailedLoginIsABruteForce() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("EHLO guesser", "250 HELP");
            d.command("AUTH PLAIN " + b64("\0root\0root"), "535 5.7.0 authentication failed");
            d.command("AUTH LOGIN " + b64("admin"), "334 UGFzc3dvcmQ6");
            d.command(b64("admin"), "535 5.7.0 authentication failed");
            assertThat(d.command("AUTH PLAIN " + b64("\0root\0" + "123456"), "421 ")).containsExactly(DETECTED);
            assertThat(d.closedByServer()).isTrue();
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.session.reason()).isEqualTo("detected");
        assertThat(r.actions("auth.attempt")).hasSize(3);
        JsonNode m = r.actions("misbehaviour").get(0).path("mirage").path("misbehaviour");
        assertThat(m.path("kind").asText()).isEqualTo("brute-force");
        assertThat(m.path("detail").asText()).isEqualTo("root");
    }
}
