package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** curl as a new user would send mail: AUTH LOGIN, one message; runs only where curl is installed. */
class SmtpCurlTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("smtp").services(new Services(Map.of("smtp", SmtpService::new)))
            .set("sensor.personality", "open");

    @TempDir
    Path tmp;

    private static boolean curlPresent() {
        try {
            Process p = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void curlSendsAMessageWithAuthLogin() throws Exception {
        Assumptions.assumeTrue(curlPresent(), "curl is not installed");
        String mail = "From: a@b\r\nTo: c@d\r\nSubject: curl test\r\n\r\nHello from curl.\r\n";
        Path file = tmp.resolve("mail.txt");
        Files.writeString(file, mail, StandardCharsets.US_ASCII);
        Process p = new ProcessBuilder("curl", "-sS", "--max-time", "10",
                "smtp://127.0.0.1:" + sensor.port("smtp") + "/curl.test", "--mail-from", "a@b", "--mail-rcpt", "c@d",
                "-T", file.toString(), "--user", "u:p", "--login-options", "AUTH=LOGIN")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();

        Recorded r = Recorded.only(sensor);
        JsonNode a = r.actions("auth.attempt").get(0);
        assertThat(a.path("user").path("name").asText()).isEqualTo("u");
        assertThat(a.path("mirage").path("auth").path("secret").asText()).isEqualTo("p");
        assertThat(a.path("mirage").path("auth").path("method").asText()).isEqualTo("login");
        JsonNode f = r.actions("file.received").get(0);
        assertThat(f.path("file").path("name").asText()).isEqualTo("curl test");
        Path stored = sensor.data().resolve(f.path("mirage").path("file").path("stored").asText());
        assertThat(Files.readString(stored, StandardCharsets.US_ASCII)).isEqualTo(mail);
        List<String> verbs = r.actions("command").stream()
                .map(e -> e.path("mirage").path("command").path("verb").asText()).toList();
        assertThat(verbs).containsSubsequence("EHLO", "AUTH", "AUTH", "AUTH", "MAIL", "RCPT", "DATA", ".", "QUIT");
    }
}
