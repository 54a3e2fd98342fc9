package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import jakarta.mail.Message;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Secure personality: relaying denied, mail for local users kept. */
class SmtpSecureRelayTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("smtp").services(new Services(Map.of("smtp", SmtpService::new)))
            .set("sensor.personality", "secure");

    @Test
    void deniesRelayingToAMailClient() throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(sensor.port("smtp")));
        p.put("mail.smtp.timeout", "5000");
        Session mail = Session.getInstance(p);
        MimeMessage m = new MimeMessage(mail);
        m.setFrom(new InternetAddress("x@spam.example"));
        m.setRecipients(Message.RecipientType.TO, "victim@elsewhere.example");
        m.setText("hi");
        assertThatThrownBy(() -> Transport.send(m)).isInstanceOf(SendFailedException.class)
                .hasStackTraceContaining("550 5.7.1 <victim@elsewhere.example>... Relaying denied");
        Recorded r = Recorded.only(sensor);
        assertThat(r.actions("file.received")).isEmpty();
        assertThat(r.commands()).contains(
                "RCPT TO:<victim@elsewhere.example> -> 550 5.7.1 <victim@elsewhere.example>... Relaying denied");
    }

    @Test
    void keepsMailForLocalUsers() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("HELO x", "250 ");
            Relay.sendMessage(d, "root@www", Relay.BODY, "250 2.0.0 ");
        }
        JsonNode f = Recorded.only(sensor).actions("file.received").get(0);
        assertThat(f.path("file").path("hash").path("sha256").asText())
                .isEqualTo(Relay.sha256(Relay.BODY.getBytes(StandardCharsets.UTF_8)));
        assertThat(f.path("mirage").path("file").path("stored").asText()).startsWith("smtp/messages/");
    }
}
