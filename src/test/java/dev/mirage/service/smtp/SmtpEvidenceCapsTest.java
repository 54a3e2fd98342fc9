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

/** message-max and evidence-max: the start of a big message kept, past the total only recorded. */
class SmtpEvidenceCapsTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("smtp").services(new Services(Map.of("smtp", SmtpService::new)))
            .set("sensor.personality", "open").set("services.smtp.message-max", "1KiB")
            .set("services.smtp.evidence-max", "1500");

    @Test
    void aMessageOverMessageMaxIsReadToTheEndThenRefusedAndItsStartKept() throws Exception {
        String big = "Subject: big\r\n\r\n" + ("0123456789".repeat(9) + "\r\n").repeat(100);
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("HELO x", "250 ");
            Relay.sendMessage(d, "a@b.example", big, "552 5.3.4 Message size exceeds fixed maximum message size");
            d.command("NOOP", "250 2.0.0 OK");
            d.command("QUIT", "221 ");
        }
        JsonNode f = Recorded.only(sensor).actions("file.received").get(0);
        byte[] start = java.util.Arrays.copyOf(big.getBytes(StandardCharsets.US_ASCII), 1024);
        assertThat(f.path("file").path("size").asLong()).isEqualTo(1024);
        assertThat(f.path("mirage").path("file").path("truncated").asBoolean()).isTrue();
        assertThat(f.path("file").path("hash").path("sha256").asText()).isEqualTo(Relay.sha256(start));
        Path stored = sensor.data().resolve(f.path("mirage").path("file").path("stored").asText());
        assertThat(Files.readAllBytes(stored)).isEqualTo(start);
    }

    @Test
    void pastEvidenceMaxAMessageIsRecordedButNotKept() throws Exception {
        String body = "Subject: s\r\n\r\n" + "x".repeat(800) + "\r\n";
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("HELO x", "250 ");
            Relay.sendMessage(d, "a@b.example", body, "250 2.0.0 ");
            Relay.sendMessage(d, "a@b.example", body, "250 2.0.0 ");
            d.command("QUIT", "221 ");
        }
        var files = Recorded.only(sensor).actions("file.received");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).path("mirage").path("file").path("stored").isTextual()).isTrue();
        assertThat(files.get(1).path("mirage").path("file").path("stored").isMissingNode()).isTrue();
        String hash = Relay.sha256(body.getBytes(StandardCharsets.US_ASCII));
        assertThat(files.get(1).path("file").path("hash").path("sha256").asText()).isEqualTo(hash);
        try (var list = Files.list(sensor.data().resolve("smtp/messages"))) {
            assertThat(list.toList()).hasSize(1);
        }
    }
}
