package dev.mirage.event;

import java.time.Instant;
import java.util.List;

/**
 * One HTTP request and the status we answered: method, target and version as sent, the headers
 * in order, the body (capped; {@code bodyTruncated} when there was more), and attack tags.
 */
public record HttpRequest(Instant time, Origin origin, String method, String target, String version,
                          List<Header> headers, byte[] body, boolean bodyTruncated, int status, List<String> tags)
        implements Event {
    public static final String ACTION = "http.request";

    /** One request header as sent. */
    public record Header(String name, String value) {
    }

    public HttpRequest {
        headers = headers == null ? List.of() : List.copyOf(headers);
        tags = tags == null ? List.of() : List.copyOf(tags);
        body = body == null ? new byte[0] : body;
    }

    @Override
    public String action() {
        return ACTION;
    }
}
