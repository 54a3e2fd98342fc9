package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.body;
import static dev.mirage.service.http.Raw.exchange;
import static dev.mirage.service.http.Raw.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "secure": no credential opens auth-path, weak or not, and TRACE is forbidden; nothing is detected or broken. */
class HttpSecureTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("http").services(new Services(Map.of("http", HttpService::new)))
            .set("sensor.personality", "secure").set("services.http.auth-path", "/private");

    @Test
    void aWeakPairStillGets401() throws Exception {
        String r = exchange(sensor.port("http"), "GET /private/ HTTP/1.0\r\nAuthorization: Basic "
                + HttpAuthTest.basic("admin:admin") + "\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 401 Authorization Required\r\n");
        List<SessionRow> rows = sensor.awaitSessions(1);
        assertThat(rows.get(0).credentials()).singleElement()
                .satisfies(c -> assertThat(c.success()).isFalse())
                .satisfies(c -> assertThat(c.secret()).isEqualTo("admin"));
    }

    @Test
    void traceIsForbiddenAndTheRestIsServed() throws Exception {
        int port = sensor.port("http");
        String r = exchange(port, "TRACE / HTTP/1.0\r\nX-Probe: 1\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 403 Forbidden\r\n").doesNotContain("X-Probe");
        assertThat(body(r)).isEqualTo(page("403 Forbidden", "You don't have permission to access /\non this server.<P>\n",
                port));
        assertThat(exchange(port, "GET /etc/passwd HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 404 Not Found\r\n");
        for (SessionRow row : sensor.awaitSessions(2)) {
            assertThat(Raw.events(sensor.events(row.id()), "misbehaviour")).isEmpty();
        }
    }
}
