package dev.mirage.service.smtp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.util.ArrayList;
import java.util.List;

/** The recorded events of a session as JSON, for assertions. */
final class Recorded {
    private static final ObjectMapper JSON = new ObjectMapper();
    final SessionRow session;
    final List<JsonNode> events;

    private Recorded(SessionRow session, List<JsonNode> events) {
        this.session = session;
        this.events = events;
    }

    /** The one session of the test, waited for until closed. */
    static Recorded only(Sensor sensor) throws Exception {
        List<SessionRow> rows = sensor.awaitSessions(1);
        return of(sensor, rows.get(rows.size() - 1));
    }

    static Recorded of(Sensor sensor, SessionRow row) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (var e : sensor.events(row.id())) {
            out.add(JSON.readTree(e.json()));
        }
        return new Recorded(row, out);
    }

    List<JsonNode> actions(String action) {
        return events.stream().filter(e -> e.path("event").path("action").asText().equals(action)).toList();
    }

    /** The command events as "VERB argument -> reply" strings. */
    List<String> commands() {
        return actions("command").stream().map(e -> {
            JsonNode c = e.path("mirage").path("command");
            String arg = c.path("argument").isMissingNode() ? "" : " " + c.path("argument").asText();
            return c.path("verb").asText() + arg + " -> " + c.path("reply").asText(null);
        }).toList();
    }

    List<JsonNode> commandsWithVerb(String verb) {
        return actions("command").stream()
                .filter(e -> e.path("mirage").path("command").path("verb").asText().equals(verb)).toList();
    }
}
