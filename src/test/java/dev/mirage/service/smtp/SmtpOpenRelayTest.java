package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import jakarta.mail.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Open personality: an open relay that accepts any recipient and keeps each message. */
class SmtpOpenRelayTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("smtp").services(new Services(Map.of("smtp", SmtpService::new)))
            .set("sensor.personality", "open");

    @Test
    void relaysToAnyoneAndKeepsTheMessage() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("EHLO relaytest", "250 HELP");
            Relay.sendMessage(d, "victim@elsewhere.example", Relay.BODY, "250 2.0.0 ");
            d.command("QUIT", "221 ");
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.commandsWithVerb("RCPT").get(0).path("mirage").path("tags").get(0).asText())
                .isEqualTo("relay");
        JsonNode f = r.actions("file.received").get(0);
        Path stored = sensor.data().resolve(f.path("mirage").path("file").path("stored").asText());
        byte[] kept = Files.readAllBytes(stored);
        assertThat(new String(kept, StandardCharsets.UTF_8)).isEqualTo(Relay.BODY);
        assertThat(stored.getParent().getFileName().toString()).isEqualTo("messages");
        assertThat(f.path("file").path("hash").path("sha256").asText()).isEqualTo(Relay.sha256(kept));
        assertThat(f.path("file").path("size").asLong()).isEqualTo(kept.length);
        assertThat(f.path("file").path("name").asText()).isEqualTo("<1234@spam.example>");
        assertThat(f.path("mirage").path("file").path("truncated").asBoolean()).isFalse();
        assertThat(r.commands()).anyMatch(c -> c.matches(". -> 250 2\\.0\\.0 \\w{12} Message accepted for delivery"));
        assertThat(r.commandsWithVerb(".")).hasSize(1);
    }
}
