package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Raw dialogues, line by line: each reply as Sendmail 8.11.6 words it, and each command recorded. */
class SmtpDialogueTest {
    /** nmap-service-probes' Sendmail line for the NULL probe. */
    private static final Pattern NMAP = Pattern.compile("^220[\\s-](\\S+) E?SMTP Sendmail (\\d[^; ]+)");

    @RegisterExtension
    final Sensor sensor = Sensor.with("smtp").services(new Services(Map.of("smtp", SmtpService::new)))
            .set("sensor.personality", "secure");

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void greetsAsSendmailWithTheDateAndNmapNamesIt() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            String greeting = d.expect("220 ").get(0);
            Matcher m = NMAP.matcher(greeting);
            assertThat(m.find()).isTrue();
            assertThat(m.group(1)).isEqualTo("www");
            assertThat(m.group(2)).isEqualTo("8.11.6/8.11.6");
            String date = greeting.substring(greeting.indexOf("; ") + 2);
            ZonedDateTime parsed = ZonedDateTime.parse(date,
                    DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US));
            assertThat(parsed.toInstant()).isBetween(java.time.Instant.now().minusSeconds(60),
                    java.time.Instant.now().plusSeconds(60));
            d.command("QUIT", "221 2.0.0 www closing connection");
        }
        assertThat(Recorded.only(sensor).session.reason()).isEqualTo("quit");
    }

    @Test
    void ehloListsSendmailsKeywordsAndRecordsTheName() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            List<String> ehlo = d.command("EHLO scanner.example", "250 HELP");
            assertThat(ehlo).containsExactly("250-www Hello [127.0.0.1], pleased to meet you",
                    "250-ENHANCEDSTATUSCODES", "250-8BITMIME", "250-SIZE", "250-DSN", "250-ONEX", "250-ETRN",
                    "250-XUSR", "250-AUTH LOGIN PLAIN", "250 HELP");
            d.command("EHLO again", "503 5.0.0 www Duplicate HELO/EHLO");
            d.command("QUIT", "221 ");
        }
        Recorded r = Recorded.only(sensor);
        JsonNode info = r.actions("client.info").get(0);
        assertThat(info.path("mirage").path("client").path("kind").asText()).isEqualTo("smtp-helo");
        assertThat(info.path("user_agent").path("original").asText()).isEqualTo("scanner.example");
        assertThat(r.commands()).startsWith("EHLO scanner.example -> 250-www Hello [127.0.0.1], pleased to meet you\n"
                + "250-ENHANCEDSTATUSCODES\n250-8BITMIME\n250-SIZE\n250-DSN\n250-ONEX\n250-ETRN\n250-XUSR\n"
                + "250-AUTH LOGIN PLAIN\n250 HELP");
    }

    @Test
    void heloNeedsADomainAndCommandsNeedTheirState() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("HELO", "501 5.0.0 HELO requires domain address");
            d.command("HELO client", "250 www Hello [127.0.0.1], pleased to meet you");
            d.command("RCPT TO:<root@www>", "503 5.0.0 Need MAIL before RCPT");
            d.command("DATA", "503 5.0.0 Need MAIL command");
            d.command("MAIL TO:<x@y>", "501 5.5.2 Syntax error in parameters scanning \"TO:<x@y>\"");
            d.command("MAIL FROM:<a@b", "553 5.0.0 <a@b... Unbalanced '<'");
            d.command("mail from: <a@b.example> SIZE=100", "250 2.1.0 <a@b.example>... Sender ok");
            d.command("MAIL FROM:<c@d>", "503 5.5.0 Sender already specified");
            d.command("DATA", "503 5.0.0 Need RCPT (recipient)");
            d.command("RSET", "250 2.0.0 Reset state");
            d.command("RCPT TO:<root@www>", "503 5.0.0 Need MAIL before RCPT");
            d.command("NOOP", "250 2.0.0 OK");
            d.command("VRFY root", "252 2.5.2 Cannot VRFY user; try RCPT to attempt delivery (or try finger)");
            d.command("EXPN staff", "502 5.7.0 Sorry, we do not allow this operation");
            d.command("XYZZY plugh", "500 5.5.1 Command unrecognized: \"XYZZY plugh\"");
            d.command("", "500 5.5.1 Command unrecognized: \"\"");
            d.command("STARTTLS", "500 5.5.1 Command unrecognized: \"STARTTLS\"");
            d.command("QUIT", "221 2.0.0 www closing connection");
        }
        Recorded r = Recorded.only(sensor);
        assertThat(r.commands()).contains("VRFY root -> 252 2.5.2 Cannot VRFY user; try RCPT to attempt delivery "
                + "(or try finger)", "XYZZY plugh -> 500 5.5.1 Command unrecognized: \"XYZZY plugh\"",
                "MAIL FROM:<c@d> -> 503 5.5.0 Sender already specified", "QUIT -> 221 2.0.0 www closing connection");
        assertThat(r.actions("command")).hasSize(18);
    }

    @Test
    void helpListsTopicsAsSendmailDoes() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            List<String> help = d.command("HELP", "214 2.0.0 End of HELP info");
            assertThat(help.get(0)).isEqualTo("214-2.0.0 This is sendmail version 8.11.6");
            assertThat(help.get(1)).isEqualTo("214-2.0.0 Topics:");
            assertThat(d.command("HELP mail", "214 2.0.0 End of HELP info").get(0))
                    .isEqualTo("214-2.0.0 MAIL FROM: <sender> [ <parameters> ]");
            d.command("HELP frob", "504 5.3.0 HELP topic \"frob\" unknown");
        }
    }

    @Test
    void securePersonalityDeniesRelayingButTakesLocalMail() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("HELO x", "250 ");
            d.command("MAIL FROM:<spam@example.com>", "250 2.1.0 ");
            d.command("RCPT TO:<victim@example.org>", "550 5.7.1 <victim@example.org>... Relaying denied");
            d.command("RCPT TO:<victim%example.org@www>", "550 5.7.1 <victim%example.org@www>... Relaying denied");
            d.command("RCPT TO:<example.org!victim>", "550 5.7.1 ");
            d.command("RCPT TO:<@www:victim@example.org>", "550 5.7.1 ");
            d.command("RCPT TO:<root@WWW>", "250 2.1.5 <root@WWW>... Recipient ok");
            d.command("RCPT TO:root", "250 2.1.5 root... Recipient ok");
            d.command("RCPT TO:<postmaster@[127.0.0.1]>", "250 2.1.5 ");
            d.command("RCPT TO:<>", "501 5.5.2 ");
        }
        Recorded r = Recorded.only(sensor);
        List<JsonNode> denied = r.commandsWithVerb("RCPT").stream()
                .filter(e -> e.path("mirage").path("tags").toString().contains("relay-denied")).toList();
        assertThat(denied).hasSize(4);
    }

    @Test
    void authLoginInTheChallengeFormIsRecordedAndFailsWhenSecure() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            d.expect("220 ");
            d.command("AUTH LOGIN", "503 5.3.3 AUTH not available");
            d.command("EHLO x", "250 HELP");
            d.command("AUTH", "501 5.5.2 AUTH mechanism must be specified");
            d.command("AUTH CRAM-MD5", "504 5.3.3 AUTH mechanism CRAM-MD5 not available");
            d.command("AUTH LOGIN", "334 VXNlcm5hbWU6");
            d.command(b64("admin"), "334 UGFzc3dvcmQ6");
            d.command(b64("hunter2"), "535 5.7.0 authentication failed");
            d.command("AUTH PLAIN", "334");
            d.command("*", "501 5.0.0 AUTH aborted");
            d.command("AUTH PLAIN !!notbase64", "501 5.5.4 cannot decode AUTH parameter !!notbase64");
            d.command("AUTH LOGIN", "334 ");
            d.command("@@@", "501 5.5.4 cannot BASE64 decode '@@@'");
            d.command("AUTH PLAIN " + b64("\0root\0toor"), "535 5.7.0 authentication failed");
            d.command("MAIL FROM:<a@b>", "250 ");
            d.command("AUTH PLAIN " + b64("\0root\0toor"), "503 5.5.0 AUTH not permitted during a mail transaction");
            d.command("QUIT", "221 ");
        }
        Recorded r = Recorded.only(sensor);
        List<JsonNode> auth = r.actions("auth.attempt");
        assertThat(auth).hasSize(2);
        assertThat(auth.get(0).path("user").path("name").asText()).isEqualTo("admin");
        assertThat(auth.get(0).path("mirage").path("auth").path("secret").asText()).isEqualTo("hunter2");
        assertThat(auth.get(0).path("mirage").path("auth").path("method").asText()).isEqualTo("login");
        assertThat(auth.get(0).path("event").path("outcome").asText()).isEqualTo("failure");
        assertThat(auth.get(1).path("user").path("name").asText()).isEqualTo("root");
        assertThat(auth.get(1).path("mirage").path("auth").path("secret").asText()).isEqualTo("toor");
        assertThat(auth.get(1).path("mirage").path("auth").path("method").asText()).isEqualTo("plain");
        assertThat(r.session.credentials()).extracting(c -> c.user() + ":" + c.secret())
                .containsExactly("admin:hunter2", "root:toor");
        assertThat(r.commands()).contains("AUTH " + b64("admin") + " -> 334 UGFzc3dvcmQ6");
    }
}
