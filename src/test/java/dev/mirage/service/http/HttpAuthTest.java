package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.body;
import static dev.mirage.service.http.Raw.exchange;
import static dev.mirage.service.http.Raw.head;
import static dev.mirage.service.http.Raw.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Basic auth on auth-path under the "open" personality: every credential recorded, a weak pair lets in. */
class HttpAuthTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("http").services(new Services(Map.of("http", HttpService::new)))
            .set("sensor.personality", "open");

    static String basic(String userPass) {
        return Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
    }

    static final String AUTH_TEXT = "This server could not verify that you\nare authorized to access the document\n"
            + "requested.  Either you supplied the wrong\ncredentials (e.g., bad password), or your\n"
            + "browser doesn't understand how to supply\nthe credentials required.<P>\n";

    @Test
    void withoutCredentialsIs401WithTheRealm() throws Exception {
        int port = sensor.port("http");
        String r = exchange(port, "GET /admin/ HTTP/1.0\r\n\r\n");
        assertThat(head(r)).startsWith("HTTP/1.1 401 Authorization Required\r\n")
                .contains("WWW-Authenticate: Basic realm=\"Administration\"\r\nConnection: close\r\n");
        assertThat(body(r)).isEqualTo(page("401 Authorization Required", AUTH_TEXT, port));
    }

    @Test
    void wrongCredentialsStay401AndAreRecorded() throws Exception {
        String r = exchange(sensor.port("http"), "GET /admin/ HTTP/1.0\r\nAuthorization: Basic " + basic("root:toor")
                + "\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 401 ");
        List<SessionRow> rows = sensor.awaitSessions(1);
        JsonNode a = Raw.events(sensor.events(rows.get(0).id()), "auth.attempt").get(0);
        assertThat(a.at("/user/name").asText()).isEqualTo("root");
        assertThat(a.at("/mirage/auth/secret").asText()).isEqualTo("toor");
        assertThat(a.at("/mirage/auth/method").asText()).isEqualTo("basic");
        assertThat(a.at("/event/outcome").asText()).isEqualTo("failure");
        assertThat(rows.get(0).credentials()).extracting(SessionRow.Credential::user).containsExactly("root");
    }

    @Test
    void aWeakPairOpensTheDecoyPage() throws Exception {
        String r = exchange(sensor.port("http"), "GET /admin/ HTTP/1.0\r\nAuthorization: Basic " + basic("admin:admin")
                + "\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 200 OK\r\n").contains("<TITLE>Server Administration</TITLE>");
        List<SessionRow> rows = sensor.awaitSessions(1);
        JsonNode a = Raw.events(sensor.events(rows.get(0).id()), "auth.attempt").get(0);
        assertThat(a.at("/event/outcome").asText()).isEqualTo("success");
    }

    @Test
    void credentialsAnywhereAreRecordedEvenWhenBroken() throws Exception {
        exchange(sensor.port("http"), "GET / HTTP/1.0\r\nAuthorization: Basic " + basic("guest:guest")
                + "\r\nAuthorization: Basic !!!not-base64!!!\r\nAuthorization: Basic " + basic("nocolon")
                + "\r\nAuthorization: Bearer abc\r\n\r\n");
        List<SessionRow> rows = sensor.awaitSessions(1);
        List<JsonNode> a = Raw.events(sensor.events(rows.get(0).id()), "auth.attempt");
        assertThat(a).hasSize(3);
        assertThat(a.get(0).at("/user/name").asText()).isEqualTo("guest");
        assertThat(a.get(0).at("/event/outcome").asText()).isEqualTo("failure");
        assertThat(a.get(1).at("/mirage/auth/secret").asText()).isEqualTo("!!!not-base64!!!");
        assertThat(a.get(2).at("/user/name").asText()).isEqualTo("nocolon");
    }
}
