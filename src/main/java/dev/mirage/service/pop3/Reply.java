package dev.mirage.service.pop3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a command answers: a status line, for multi-line answers the lines that follow (dot-stuffed
 * and terminated here, RFC 1939 section 3, so no command has to), why the session ends after it (null
 * while it goes on), the credential tried, the misbehaviour it told off (aggressive), and whether the
 * answer is cut short before its terminating dot (a failing server dying mid-message).
 */
public record Reply(String status, List<String> lines, String close, Credential credential, Detected detected,
                    boolean cut) {
    private static final byte[] CRLF = {'\r', '\n'};

    /** A misbehaviour the reply told off (a kind of docs/EVENTS.md and what was sent); the session then ends. */
    public record Detected(String kind, String detail) {
    }

    public Reply {
        lines = lines == null ? null : List.copyOf(lines);
    }

    public static Reply of(String status) {
        return new Reply(status, null, null, null, null, false);
    }

    public static Reply multi(String status, List<String> lines) {
        return new Reply(status, lines, null, null, null, false);
    }

    /** The session ends after this reply, as QUIT ends it. */
    public Reply closing() {
        return closing("quit");
    }

    /** The session ends after this reply, for this reason (the session's close reason). */
    public Reply closing(String reason) {
        return new Reply(status, lines, reason, credential, detected, cut);
    }

    public Reply tried(Credential c) {
        return new Reply(status, lines, close, c, detected, cut);
    }

    /** The answer to a misbehaviour: recorded by the dispatcher, then the session ends ("detected"). */
    public Reply detecting(String kind, String detail) {
        return new Reply(status, lines, "detected", credential, new Detected(kind, detail), cut);
    }

    /** The lines stop where they are, without the terminating dot: the connection drops. */
    public Reply cutShort() {
        return new Reply(status, lines, "failing", credential, detected, true);
    }

    /** The bytes on the wire: CRLF line ends, leading dots doubled, a lone dot closing a multi-line answer. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.writeBytes(status.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(CRLF);
        if (lines != null) {
            for (String line : lines) {
                if (line.startsWith(".")) {
                    out.write('.');
                }
                out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
                out.writeBytes(CRLF);
            }
            if (!cut) {
                out.write('.');
                out.writeBytes(CRLF);
            }
        }
        return out.toByteArray();
    }
}
