package dev.mirage.service.smtp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command answers: one or more reply lines (each "CODE text" as in the profile), what the
 * dispatcher does next, an optional note of something worth recording (a HELO name, a credential),
 * tags for the command's record, and, under the aggressive personality, the misbehaviour it answered.
 */
public record Reply(List<String> lines, After after, Note note, List<String> tags, Detected detected) {

    /** What follows the reply. */
    public enum After {
        CONTINUE,
        /** The reply was 354: the message text follows (RFC 5321 section 4.1.1.4). */
        READ_MESSAGE,
        CLOSE
    }

    /** Something a command learnt that the dispatcher records. */
    public sealed interface Note permits Helo, Credential {
    }

    /** The name the client gave in HELO or EHLO. */
    public record Helo(String name) implements Note {
    }

    /** A credential tried with AUTH; {@code method} is "plain" or "login". */
    public record Credential(String method, String user, String secret, boolean success) implements Note {
    }

    /** A misbehaviour the reply told off (a kind of docs/EVENTS.md and what was sent); the session then ends. */
    public record Detected(String kind, String detail) {
    }

    public Reply {
        lines = List.copyOf(lines);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static Reply of(String line) {
        return new Reply(List.of(line), After.CONTINUE, null, List.of(), null);
    }

    public static Reply of(List<String> lines) {
        return new Reply(lines, After.CONTINUE, null, List.of(), null);
    }

    /** A first line and continuation lines that carry the first line's code (EHLO keywords). */
    public static Reply withCode(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        String code = first.length() >= 3 ? first.substring(0, 3) : first;
        for (String r : rest) {
            all.add(code + " " + r);
        }
        return of(all);
    }

    public Reply then(After next) {
        return new Reply(lines, next, note, tags, detected);
    }

    public Reply noting(Note n) {
        return new Reply(lines, after, n, tags, detected);
    }

    /** Adds a tag for the record (relay, relay-denied, ...): what the command looked like. */
    public Reply tagged(String tag) {
        List<String> t = new ArrayList<>(tags);
        t.add(tag);
        return new Reply(lines, after, note, t, detected);
    }

    /** Marks the reply as the answer to a misbehaviour: recorded by the dispatcher, then the session closes. */
    public Reply detecting(String kind, String detail) {
        return new Reply(lines, After.CLOSE, note, tags, new Detected(kind, detail));
    }

    /** The reply as the client saw it, lines joined by a newline (for the record). */
    public String text() {
        return String.join("\n", rendered());
    }

    /** The bytes on the wire: every line but the last has a dash after its code, CRLF after each. */
    public byte[] wire() {
        StringBuilder b = new StringBuilder();
        for (String line : rendered()) {
            b.append(line).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<String> rendered() {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean last = i == lines.size() - 1;
            if (!last && line.length() >= 4 && line.charAt(3) == ' ') {
                line = line.substring(0, 3) + "-" + line.substring(4);
            } else if (!last && line.length() == 3) {
                line = line + "-";
            }
            out.add(line);
        }
        return out;
    }
}
