package dev.mirage.service.ftp;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One FTP reply as RFC 959 section 4.2 shapes it: one line "xyz text", or several lines where all
 * but the last carry "xyz-" (the texts in the profile already hold their code and hyphen).
 */
public record Reply(List<String> lines) {
    public Reply {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("empty reply");
        }
    }

    public static Reply of(String line) {
        return new Reply(List.of(line));
    }

    /** The three-digit code of the last line (the one that ends the reply). */
    public int code() {
        String last = lines.get(lines.size() - 1);
        try {
            return Integer.parseInt(last.substring(0, Math.min(3, last.length())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The reply as the client sees it, lines joined by LF (for the record). */
    public String text() {
        return String.join("\n", lines);
    }

    /** The bytes on the wire: each line ended by CRLF. */
    public byte[] wire() {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
