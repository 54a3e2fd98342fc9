package dev.mirage.service.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** curl, where installed, against the service: what it shows and what we record. */
class HttpCurlTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("http").services(new Services(Map.of("http", HttpService::new)))
            .set("sensor.personality", "secure");

    @BeforeAll
    static void curlPresent() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")) || Files.isExecutable(Path.of("/usr/local/bin/curl")),
                "curl is not installed");
    }

    /** Runs curl; returns stdout then stderr. */
    private String[] curl(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("curl", "-s", "--max-time", "10"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(15, TimeUnit.SECONDS)).isTrue();
        return new String[] {new String(out, StandardCharsets.ISO_8859_1), new String(err, StandardCharsets.ISO_8859_1)};
    }

    private String url(String path) {
        return "http://127.0.0.1:" + sensor.port("http") + path;
    }

    @Test
    void verboseGetShowsApache() throws Exception {
        String[] r = curl("-v", url("/"));
        assertThat(r[1]).contains("< HTTP/1.1 200 OK").contains("< Server: Apache/1.3.23 (Unix)  (Red-Hat/Linux)");
        assertThat(r[0]).contains("Test Page for the Apache Web Server on Red Hat Linux");
        SessionRow row = sensor.awaitSessions(1).get(0);
        JsonNode e = Raw.events(sensor.events(row.id()), "http.request").get(0);
        assertThat(e.at("/user_agent/original").asText()).startsWith("curl/");
        assertThat(e.at("/http/version").asText()).isEqualTo("1.1");
    }

    @Test
    void headAndOptionsAndNotFound() throws Exception {
        assertThat(curl("-I", url("/"))[0]).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Length: ");
        assertThat(curl("-i", "-X", "OPTIONS", url("/"))[0]).contains("Allow: GET, HEAD, OPTIONS, TRACE\r\n");
        assertThat(curl("-i", url("/missing"))[0]).startsWith("HTTP/1.1 404 Not Found\r\n")
                .contains("<ADDRESS>Apache/1.3.23 Server at www Port " + sensor.port("http") + "</ADDRESS>");
    }

    @Test
    void basicCredentialsAreRecorded() throws Exception {
        String[] r = curl("-i", "-u", "webmaster:s3cret!", url("/admin/"));
        assertThat(r[0]).startsWith("HTTP/1.1 401 Authorization Required\r\n")
                .contains("WWW-Authenticate: Basic realm=\"Administration\"");
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.credentials()).singleElement().satisfies(c -> {
            assertThat(c.user()).isEqualTo("webmaster");
            assertThat(c.secret()).isEqualTo("s3cret!");
            assertThat(c.method()).isEqualTo("basic");
        });
    }
}
