package dev.mirage.service.http;

import dev.mirage.event.HttpRequest;
import java.util.List;

/**
 * One parsed request (RFC 9112 section 3): method, target and protocol as sent, the headers in
 * order, the body kept (at most body-max), and what went wrong while reading it, if anything.
 *
 * @param protocol  the protocol field as sent ("HTTP/1.1", "" for an HTTP/0.9 simple request)
 * @param proto     the version as the server understands it: major * 1000 + minor (1.0 when unreadable)
 * @param simple    an HTTP/0.9 request: no headers, and the answer is the body alone
 * @param problem   what the parser found wrong; {@link Problem#NONE} for a well-formed request
 * @param note      the offending header line of a 400, as sent (for the error page's notes)
 */
record Request(String method, String target, String protocol, int proto, boolean simple,
               List<HttpRequest.Header> headers, byte[] body, boolean bodyTruncated, Problem problem, String note) {

    static final int HTTP_1_0 = 1000;
    static final int HTTP_1_1 = 1001;

    /** What the parser found wrong, and the status a server of this family answers it with. */
    enum Problem {
        NONE(0),
        LINE_TOO_LONG(414),
        FIELD_TOO_LONG(400),
        TOO_MANY_FIELDS(400),
        MISSING_COLON(400),
        NUL_IN_LINE(400),
        BAD_LENGTH(400),
        BAD_CHUNK(400),
        UNKNOWN_CODING(501),
        /** The client stopped (end of stream) before the request was complete: recorded, never answered. */
        INCOMPLETE(0);

        final int status;

        Problem(int status) {
            this.status = status;
        }
    }

    Request {
        headers = List.copyOf(headers);
    }

    /** The field's value, repeated fields joined with ", " (RFC 9110 section 5.3); null when absent. */
    String header(String name) {
        String joined = null;
        for (HttpRequest.Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                joined = joined == null ? h.value() : joined + ", " + h.value();
            }
        }
        return joined;
    }

    /** Whether a comma-separated header (Connection, Transfer-Encoding) lists the token, case-insensitively. */
    boolean hasToken(String name, String token) {
        String v = header(name);
        if (v == null) {
            return false;
        }
        for (String t : v.split("[,\\s]+")) {
            if (t.equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    /** HEAD asks for the headers alone (RFC 9110 section 9.3.2). */
    boolean headOnly() {
        return method.equals("HEAD");
    }

    /** The version as recorded: "1.1" for "HTTP/1.1", "0.9" for a simple request, else what was sent. */
    String recordedVersion() {
        if (simple) {
            return "0.9";
        }
        return protocol.regionMatches(true, 0, "HTTP/", 0, 5) ? protocol.substring(5) : protocol;
    }
}
