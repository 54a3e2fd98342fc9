package dev.mirage.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirage.store.SessionQuery;
import java.util.List;

/** Recorded events of one action, as JSON, for assertions. */
public final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    public static List<JsonNode> of(List<SessionQuery.EventRow> rows, String action) {
        return rows.stream().filter(r -> r.action().equals(action)).map(r -> {
            try {
                return JSON.readTree(r.json());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
