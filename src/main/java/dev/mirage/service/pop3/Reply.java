package dev.mirage.service.pop3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a command answers: a status line, for multi-line answers the lines that follow (dot-stuffed
 * and terminated here, RFC 1939 section 3, so no command has to), whether the session ends, and the
 * credential tried, if any.
 */
public record Reply(String status, List<String> lines, boolean close, Credential credential) {
    private static final byte[] CRLF = {'\r', '\n'};

    public Reply {
        lines = lines == null ? null : List.copyOf(lines);
    }

    public static Reply of(String status) {
        return new Reply(status, null, false, null);
    }

    public static Reply multi(String status, List<String> lines) {
        return new Reply(status, lines, false, null);
    }

    public Reply closing() {
        return new Reply(status, lines, true, credential);
    }

    public Reply tried(Credential c) {
        return new Reply(status, lines, close, c);
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
            out.write('.');
            out.writeBytes(CRLF);
        }
        return out.toByteArray();
    }
}
