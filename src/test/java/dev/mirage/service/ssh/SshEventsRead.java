package dev.mirage.service.ssh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.store.SessionQuery;
import dev.mirage.testing.EventJson;
import java.util.List;

/** Reads recorded events as JSON for assertions. */
final class SshEventsRead {
    private SshEventsRead() {
    }

    static List<JsonNode> of(List<SessionQuery.EventRow> rows, String action) {
        return EventJson.of(rows, action);
    }

    /** "method user secret outcome" of every auth attempt. */
    static List<String> attempts(List<SessionQuery.EventRow> rows) {
        return of(rows, "auth.attempt").stream().map(j -> j.at("/mirage/auth/method").asText() + " "
                + j.at("/user/name").asText() + " " + j.at("/mirage/auth/secret").asText() + " "
                + j.at("/event/outcome").asText()).toList();
    }

    /** "verb argument -> reply [tags]" of every command event. */
    static List<String> commands(List<SessionQuery.EventRow> rows) {
        return of(rows, "command").stream().map(j -> j.at("/mirage/command/verb").asText() + " "
                + j.at("/mirage/command/argument").asText() + " -> " + j.at("/mirage/command/reply").asText()
                + " " + j.at("/mirage/tags")).toList();
    }

    /** "kind=value" of every client info event. */
    static List<String> clientInfo(List<SessionQuery.EventRow> rows) {
        return of(rows, "client.info").stream().map(j -> j.at("/mirage/client/kind").asText() + "="
                + j.at("/user_agent/original").asText()).toList();
    }
}
