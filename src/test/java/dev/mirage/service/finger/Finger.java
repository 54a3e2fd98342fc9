package dev.mirage.service.finger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirage.core.Services;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers of the personality tests: a sensor with finger only, one raw query, the recorded events. */
final class Finger {
    static final ObjectMapper JSON = new ObjectMapper();

    private Finger() {
    }

    static Sensor sensor(String personality) {
        return Sensor.with("finger").services(new Services(Map.of("finger", FingerService::new)))
                .set("sensor.personality", personality);
    }

    /** Sends one query line (CR LF added) and returns all the server said before it closed. */
    static String query(Sensor s, String query) throws Exception {
        return FingerClientTest.raw(s.port("finger"), (query + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The JSON of each event of a session with the given action. */
    static List<JsonNode> events(Sensor s, SessionRow row, String action) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (SessionQuery.EventRow e : s.events(row.id())) {
            if (e.action().equals(action)) {
                out.add(JSON.readTree(e.json()));
            }
        }
        return out;
    }
}
