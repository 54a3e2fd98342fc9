package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.net.smtp.AuthenticatingSMTPClient;
import org.apache.commons.net.smtp.SMTPClient;
import org.apache.commons.net.smtp.SMTPReply;
import org.apache.commons.net.smtp.SimpleSMTPHeader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real clients against the open personality: commons-net (plain and AUTH) and Angus Mail with SMTP AUTH. */
class SmtpClientTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("smtp").services(new Services(Map.of("smtp", SmtpService::new)))
            .set("sensor.personality", "open");

    @Test
    void commonsNetSendsAPlainMessage() throws Exception {
        SMTPClient client = new SMTPClient();
        client.setDefaultTimeout(5000);
        client.connect("127.0.0.1", sensor.port("smtp"));
        assertThat(SMTPReply.isPositiveCompletion(client.getReplyCode())).isTrue();
        assertThat(client.getReplyString()).contains("ESMTP Sendmail 8.11.6/8.11.6");
        assertThat(client.login("client.example")).isTrue();
        assertThat(client.setSender("alice@example.com")).isTrue();
        assertThat(client.addRecipient("bob@elsewhere.example")).isTrue();
        assertThat(client.verify("root")).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(252);
        try (Writer w = client.sendMessageData()) {
            w.write(new SimpleSMTPHeader("alice@example.com", "bob@elsewhere.example", "hello there").toString());
            w.write("Line one\r\n.leading dot\r\n");
        }
        assertThat(client.completePendingCommand()).isTrue();
        assertThat(client.getReplyString()).matches("250 2\\.0\\.0 \\w{12} Message accepted for delivery\\s*");
        assertThat(client.logout()).isTrue();
        client.disconnect();

        Recorded r = Recorded.only(sensor);
        JsonNode file = r.actions("file.received").get(0);
        assertThat(file.path("mirage").path("file").path("kind").asText()).isEqualTo("smtp-message");
        assertThat(file.path("file").path("name").asText()).isEqualTo("hello there");
        Path stored = sensor.data().resolve(file.path("mirage").path("file").path("stored").asText());
        String body = Files.readString(stored);
        assertThat(body).contains("Subject: hello there").endsWith("Line one\r\n.leading dot\r\n");
        assertThat(r.commands()).contains("HELO client.example -> 250 www Hello [127.0.0.1], pleased to meet you",
                "RCPT TO:<bob@elsewhere.example> -> 250 2.1.5 <bob@elsewhere.example>... Recipient ok",
                "QUIT -> 221 2.0.0 www closing connection");
        assertThat(r.session.reason()).isEqualTo("quit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOGIN", "PLAIN"})
    void commonsNetAuthenticates(String method) throws Exception {
        AuthenticatingSMTPClient client = new AuthenticatingSMTPClient();
        client.setDefaultTimeout(5000);
        client.connect("127.0.0.1", sensor.port("smtp"));
        assertThat(client.elogin("client.example")).isTrue();
        assertThat(client.auth(AuthenticatingSMTPClient.AUTH_METHOD.valueOf(method), "webmaster", "s3cret")).isTrue();
        assertThat(client.getReplyString()).startsWith("235 2.0.0 OK Authenticated");
        client.logout();
        client.disconnect();

        Recorded r = Recorded.only(sensor);
        JsonNode a = r.actions("auth.attempt").get(0);
        assertThat(a.path("user").path("name").asText()).isEqualTo("webmaster");
        assertThat(a.path("mirage").path("auth").path("secret").asText()).isEqualTo("s3cret");
        assertThat(a.path("mirage").path("auth").path("method").asText()).isEqualTo(method.toLowerCase());
        assertThat(a.path("event").path("outcome").asText()).isEqualTo("success");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOGIN", "PLAIN"})
    void angusMailSendsWithAuth(String mechanism) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(sensor.port("smtp")));
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.auth.mechanisms", mechanism);
        p.put("mail.smtp.localhost", "spambot.example");
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "5000");
        Session mail = Session.getInstance(p);
        MimeMessage m = new MimeMessage(mail);
        m.setFrom(new InternetAddress("promo@spam.example"));
        m.setRecipients(Message.RecipientType.TO, "a@victim.example, b@victim.example");
        m.setSubject("Cheap watches");
        m.setText("Buy now.\n.\n..\nEnd.\n");
        m.saveChanges();
        String messageId = m.getMessageID();
        try (Transport t = mail.getTransport("smtp")) {
            t.connect("mailer", "pa55word");
            t.sendMessage(m, m.getAllRecipients());
        }

        Recorded r = Recorded.only(sensor);
        JsonNode a = r.actions("auth.attempt").get(0);
        assertThat(a.path("user").path("name").asText()).isEqualTo("mailer");
        assertThat(a.path("mirage").path("auth").path("secret").asText()).isEqualTo("pa55word");
        assertThat(a.path("mirage").path("auth").path("method").asText()).isEqualTo(mechanism.toLowerCase());
        assertThat(r.actions("client.info").get(0).path("user_agent").path("original").asText())
                .isEqualTo("spambot.example");
        JsonNode file = r.actions("file.received").get(0).path("file");
        assertThat(file.path("name").asText()).isEqualTo(messageId);
        Path stored = sensor.data().resolve(r.actions("file.received").get(0).path("mirage").path("file")
                .path("stored").asText());
        assertThat(Files.readString(stored)).contains("Subject: Cheap watches", "Buy now.\r\n.\r\n..\r\nEnd.");
        List<String> rcpts = r.commandsWithVerb("RCPT").stream()
                .map(e -> e.path("mirage").path("command").path("argument").asText()).toList();
        assertThat(rcpts).containsExactly("TO:<a@victim.example>", "TO:<b@victim.example>");
    }
}
