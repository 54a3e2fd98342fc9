package dev.mirage.service.pop3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One mail as served: header lines, body lines, and its unique id. The size counts the exact
 * octets RETR sends before dot-stuffing (RFC 1939 section 11), the status header included, so
 * LIST, STAT and RETR always agree.
 */
public record Message(List<String> header, List<String> body, String uid) {
    public Message {
        header = List.copyOf(header);
        body = List.copyOf(body);
    }

    /** Octets of the message with CRLF line ends, given the status header line that will be added. */
    public long size(String statusLine) {
        long n = octets(statusLine) + 2;
        for (String l : header) {
            n += octets(l);
        }
        for (String l : body) {
            n += octets(l);
        }
        return n;
    }

    /** The whole message, or the header and the first {@code bodyLines} lines of the body (TOP). */
    public List<String> lines(String statusLine, long bodyLines) {
        List<String> out = new ArrayList<>(header.size() + body.size() + 2);
        out.addAll(header);
        out.add(statusLine);
        out.add("");
        int n = (int) Math.min(body.size(), Math.max(0, bodyLines));
        out.addAll(body.subList(0, n));
        return out;
    }

    private static long octets(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length + 2L;
    }
}
