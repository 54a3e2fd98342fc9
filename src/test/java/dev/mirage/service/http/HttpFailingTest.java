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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "failing": Apache's own 500 and 503 pages, answers cut short, connections dropped without an
 * answer, and slow answers, drawn per session from the seeded dice, so a run repeats exactly.
 */
class HttpFailingTest {
    static final int SEED = 7;
    static final int SESSIONS = 12;

    @RegisterExtension
    final Sensor sensor = failing();

    static Sensor failing() {
        return Sensor.with("http").services(new Services(Map.of("http", HttpService::new)))
                .set("sensor.personality", "failing").set("sensor.seed", SEED);
    }

    static final String INTERNAL = "The server encountered an internal error or\nmisconfiguration and was unable to complete\n"
            + "your request.<P>\nPlease contact the server administrator,\n root@localhost and inform them of the time "
            + "the error occurred,\nand anything you might have done that may have\ncaused the error.<P>\n"
            + "More information about this error may be available\nin the server error log.<P>\n";
    static final String UNAVAILABLE = "The server is temporarily unable to service your\nrequest due to maintenance "
            + "downtime or capacity\nproblems. Please try again later.<P>\n";

    /** What the client saw of one GET /, in one word. */
    static String outcome(String r) {
        if (r.isEmpty()) {
            return "dropped";
        }
        if (r.startsWith("HTTP/1.1 500 Internal Server Error\r\n")) {
            return "500";
        }
        if (r.startsWith("HTTP/1.1 503 Service Temporarily Unavailable\r\n")) {
            return "503";
        }
        int length = Integer.parseInt(head(r).replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        return body(r).length() < length ? "cut" : "ok";
    }

    static List<String> run(Sensor s, List<String> responses) throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            String r = exchange(s.port("http"), "GET / HTTP/1.0\r\n\r\n");
            responses.add(r);
            outcomes.add(outcome(r));
        }
        return outcomes;
    }

    @Test
    void aSickServerFailsInEachOfItsWaysAndRepeatsWithTheSameSeed() throws Exception {
        List<String> responses = new ArrayList<>();
        long start = System.nanoTime();
        List<String> outcomes = run(sensor, responses);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(SESSIONS * 1500L);
        assertThat(outcomes).contains("500", "503", "cut", "dropped");

        int port = sensor.port("http");
        String internal = responses.get(outcomes.indexOf("500"));
        assertThat(head(internal)).contains("Connection: close\r\n");
        assertThat(body(internal)).isEqualTo(page("500 Internal Server Error", INTERNAL, port));
        String unavailable = responses.get(outcomes.indexOf("503"));
        assertThat(body(unavailable)).isEqualTo(page("503 Service Temporarily Unavailable", UNAVAILABLE, port));
        String cut = responses.get(outcomes.indexOf("cut"));
        assertThat(head(cut)).startsWith("HTTP/1.1 200 OK\r\n");

        List<SessionRow> rows = sensor.awaitSessions(SESSIONS);
        for (int i = 0; i < SESSIONS; i++) {
            JsonNode e = Raw.events(sensor.events(rows.get(i).id()), "http.request").get(0);
            int status = e.at("/http/response/status_code").asInt();
            switch (outcomes.get(i)) {
                case "dropped" -> {
                    assertThat(status).isZero();
                    assertThat(rows.get(i).reason()).isEqualTo("failing");
                }
                case "cut" -> {
                    assertThat(status).isEqualTo(200);
                    assertThat(rows.get(i).reason()).isEqualTo("failing");
                }
                case "500", "503", "ok" -> assertThat(status).isEqualTo(outcomes.get(i).equals("ok") ? 200
                        : Integer.parseInt(outcomes.get(i)));
                default -> throw new AssertionError(outcomes.get(i));
            }
        }

        Sensor again = failing();
        again.start();
        try {
            assertThat(run(again, new ArrayList<>())).isEqualTo(outcomes);
        } finally {
            again.afterEach(null);
        }
    }
}
