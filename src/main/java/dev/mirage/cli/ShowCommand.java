package dev.mirage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.store.Store;
import dev.mirage.util.Visible;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Prints one session's transcript; every byte from the client is shown escaped, never raw. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one session: identity, events, and what each side said.")
public final class ShowCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "SESSION", description = "Session id, or a unique prefix of one.")
    String id;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Connection c = Store.openForRead(data.dir())) {
            SessionQuery q = new SessionQuery(c);
            SessionRow s;
            try {
                s = q.session(id);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (s == null) {
                throw new UsageException("no session '" + Visible.of(id) + "' in " + data.dir());
            }
            out.printf("session   %s%n", s.id());
            out.printf("service   %s (%s) on port %d%n", s.service(), s.trap() ? "trap" : "emulated", s.destinationPort());
            out.printf("source    %s port %d%n", s.sourceIp(), s.sourcePort());
            out.printf("sensor    %s, %s%n", s.sensor(), s.destinationIp());
            out.printf("time      %s to %s%n", TIME.format(Instant.ofEpochMilli(s.startMs())),
                    s.endMs() == null ? "(open)" : TIME.format(Instant.ofEpochMilli(s.endMs())));
            out.printf("status    %s%s, %d bytes in, %d out, attempt %d/%d (%s/total)%n", s.status(),
                    s.reason() == null ? "" : " (" + s.reason() + ")", s.bytesIn(), s.bytesOut(), s.attemptService(),
                    s.attemptTotal(), s.service());
            out.println();
            for (SessionQuery.EventRow e : q.events(s)) {
                out.printf("%s  %-15s %s%n", TIME.format(Instant.ofEpochMilli(e.timeMs())), e.action(), detail(e, s));
            }
        } catch (java.sql.SQLException e) {
            throw new UsageException(e.getMessage());
        }
        out.flush();
        return 0;
    }

    private static String detail(SessionQuery.EventRow e, SessionRow s) throws Exception {
        // Connect, refused, close and a trap's hit keep their fields in the session row, not as JSON.
        switch (e.action()) {
            case "session.connect":
                return "from " + s.sourceIp() + " port " + s.sourcePort();
            case "session.close":
                return s.reason() + ", " + s.bytesIn() + " bytes in, " + s.bytesOut() + " out";
            case "session.refused":
                return String.valueOf(s.reason());
            case "trap.hit":
                return "<< \"" + Visible.of(e.data()) + "\" (" + e.data().length + " bytes"
                        + (s.payloadTruncated() ? ", more not kept)" : ")");
            default:
                break;
        }
        JsonNode j = e.json() == null ? JSON.createObjectNode() : JSON.readTree(e.json());
        return switch (e.action()) {
            case "session.transcript" -> transcript(e.data());
            case "command" -> "<< " + text(j, "mirage", "command", "verb") + " " + text(j, "mirage", "command", "argument")
                    + "   >> " + text(j, "mirage", "command", "reply");
            case "auth.attempt" -> text(j, "mirage", "auth", "method") + " user \"" + text(j, "user", "name")
                    + "\" secret \"" + text(j, "mirage", "auth", "secret") + "\": " + text(j, "event", "outcome");
            case "session.limit" -> text(j, "mirage", "limit", "name") + " " + j.path("mirage").path("limit").path("value").asLong();
            default -> "";
        };
    }

    /** Each frame of the dialogue, one line per line sent, escaped; "<<" the client, ">>" us. */
    private static String transcript(byte[] frames) {
        StringBuilder b = new StringBuilder();
        dev.mirage.event.TranscriptChunk.forEachFrame(frames, (in, bytes) -> {
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    int end = Math.min(bytes.length, i + 1);
                    if (end > start) {
                        b.append("\n    ").append(in ? "<< " : ">> ").append(Visible.of(bytes, start, end - start));
                    }
                    start = end;
                }
            }
        });
        return b.toString();
    }

    /** A string field, escaped for the terminal. */
    private static String text(JsonNode j, String... path) {
        JsonNode n = j;
        for (String p : path) {
            n = n.path(p);
        }
        return n.isMissingNode() || n.isNull() ? "" : Visible.of(n.asText());
    }
}
