package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.body;
import static dev.mirage.service.http.Raw.exchange;
import static dev.mirage.service.http.Raw.head;
import static dev.mirage.service.http.Raw.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "aggressive": a password-file path or an exploit gets the site's detected page in the server's
 * own error-page style, a misbehaviour record, and the connection closes; ordinary requests are
 * served as usual.
 */
class HttpAggressiveTest {
    @RegisterExtension
    final Sensor sensor = aggressive("linux");

    static Sensor aggressive(String profile) {
        return Sensor.with("http").services(new Services(Map.of("http", HttpService::new)))
                .set("sensor.personality", "aggressive").set("sensor.profile", profile);
    }

    static final String DETECTED = "You don't have permission to access %s\non this server.<P>\n"
            + "Your request matched a known attack pattern. It has been logged\n"
            + "with your address and reported to the administrator of this site.<P>\n";

    private JsonNode misbehaviour(SessionRow row) throws Exception {
        List<JsonNode> m = Raw.events(sensor.events(row.id()), "misbehaviour");
        assertThat(m).hasSize(1);
        return m.get(0);
    }

    @Test
    void aPasswordFileIsDetectedReportedAndTheConnectionCloses() throws Exception {
        int port = sensor.port("http");
        String ask = "GET /../../etc/passwd HTTP/1.1\r\nHost: www\r\nConnection: keep-alive\r\n\r\n";
        String r = exchange(port, ask + "GET / HTTP/1.1\r\nHost: www\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 403 Forbidden\r\n");
        assertThat(head(r)).contains("Connection: close\r\n");
        assertThat(Raw.dechunk(body(r))).isEqualTo(page("403 Forbidden", DETECTED.formatted("/etc/passwd"), port));
        assertThat(r.split("HTTP/1\\.1 ", -1)).as("the pipelined second request is not served").hasSize(2);

        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("detected");
        JsonNode m = misbehaviour(row);
        assertThat(m.at("/mirage/misbehaviour/kind").asText()).isEqualTo("password-file");
        assertThat(m.at("/mirage/misbehaviour/detail").asText()).isEqualTo("/../../etc/passwd");
        List<JsonNode> requests = Raw.events(sensor.events(row.id()), "http.request");
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).at("/http/response/status_code").asInt()).isEqualTo(403);
        assertThat(requests.get(0).at("/mirage/tags").toString()).contains("path-traversal");
        assertThat(sensor.events(row.id())).extracting(SessionQuery.EventRow::action)
                .containsSubsequence("http.request", "misbehaviour");
    }

    @Test
    void exploitsOfEveryKindAreDetected() throws Exception {
        int port = sensor.port("http");
        List<String> attacks = List.of(
                "GET /scripts/..%c0%af../winnt/system32/cmd.exe?/c+dir HTTP/1.0\r\n\r\n",
                "GET /login.php?user=%27%20OR%20%271%27=%271 HTTP/1.0\r\n\r\n",
                "GET /cgi-bin/ping.cgi?host=127.0.0.1;id HTTP/1.0\r\n\r\n",
                "GET /cgi-bin/status HTTP/1.0\r\nUser-Agent: () { :; }; /bin/cat /etc/issue\r\n\r\n",
                "GET /" + "A".repeat(5000) + " HTTP/1.0\r\n\r\n");
        for (String attack : attacks) {
            assertThat(exchange(port, attack)).as(attack).startsWith("HTTP/1.1 403 Forbidden\r\n")
                    .contains("It has been logged\nwith your address and reported");
        }
        List<SessionRow> rows = sensor.awaitSessions(attacks.size());
        for (SessionRow row : rows) {
            assertThat(row.reason()).isEqualTo("detected");
            assertThat(misbehaviour(row).at("/mirage/misbehaviour/kind").asText()).isEqualTo("exploit");
        }
        assertThat(misbehaviour(rows.get(2)).at("/mirage/misbehaviour/detail").asText())
                .isEqualTo("/cgi-bin/ping.cgi?host=127.0.0.1;id");
    }

    @Test
    void anOrdinaryVisitorIsServedAsUsual() throws Exception {
        int port = sensor.port("http");
        assertThat(exchange(port, "GET / HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(exchange(port, "GET /admin/ HTTP/1.0\r\nAuthorization: Basic "
                + HttpAuthTest.basic("admin:admin") + "\r\n\r\n")).startsWith("HTTP/1.1 401 ");
        for (SessionRow row : sensor.awaitSessions(2)) {
            assertThat(Raw.events(sensor.events(row.id()), "misbehaviour")).isEmpty();
            assertThat(row.reason()).isNotEqualTo("detected");
        }
    }

    @Test
    void iisSaysItInItsOwnStyle() throws Exception {
        Sensor iis = aggressive("windows-2000");
        iis.start();
        try {
            String r = exchange(iis.port("http"), "GET /scripts/..%255c../winnt/system32/cmd.exe?/c+dir HTTP/1.0\r\n\r\n");
            assertThat(head(r)).startsWith("HTTP/1.1 403 Access Forbidden\r\n").contains("Server: Microsoft-IIS/5.0\r\n");
            assertThat(body(r)).contains("<title>The page cannot be displayed</title>")
                    .contains("Your request was rejected by the security filter of this Web site. The attempt has been "
                            + "logged and reported to the site administrator.")
                    .contains("HTTP 403 - Forbidden<br>\n    Internet Information Services");
            SessionRow row = iis.awaitSessions(1).get(0);
            assertThat(row.reason()).isEqualTo("detected");
            assertThat(Raw.events(iis.events(row.id()), "misbehaviour")).hasSize(1);
        } finally {
            iis.afterEach(null);
        }
    }
}
