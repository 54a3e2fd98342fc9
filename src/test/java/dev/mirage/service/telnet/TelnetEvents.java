package dev.mirage.service.telnet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.store.SessionQuery;
import dev.mirage.testing.EventJson;
import java.util.List;

/** Reads recorded events as JSON for assertions. */
final class TelnetEvents {
    private TelnetEvents() {
    }

    static List<JsonNode> of(List<SessionQuery.EventRow> rows, String action) {
        return EventJson.of(rows, action);
    }

    /** "verb argument -> reply" of every command event. */
    static List<String> commands(List<SessionQuery.EventRow> rows) {
        return of(rows, "command").stream().map(j -> j.at("/mirage/command/verb").asText() + " "
                + j.at("/mirage/command/argument").asText() + " -> " + j.at("/mirage/command/reply").asText())
                .toList();
    }

    /** "user:password" of every auth attempt, failed ones only. */
    static List<String> credentials(List<SessionQuery.EventRow> rows) {
        return of(rows, "auth.attempt").stream().filter(j -> j.at("/event/outcome").asText().equals("failure"))
                .map(j -> j.at("/user/name").asText() + ":" + j.at("/mirage/auth/secret").asText()).toList();
    }

    /** "kind=value" of every client info event. */
    static List<String> clientInfo(List<SessionQuery.EventRow> rows) {
        return of(rows, "client.info").stream().map(j -> j.at("/mirage/client/kind").asText() + "="
                + j.at("/user_agent/original").asText()).toList();
    }
}
