package dev.mirage.service.http;

import dev.mirage.event.HttpRequest;
import java.nio.file.Path;
import java.util.List;

/**
 * What to answer, before framing: the status, the headers particular to this response in the order
 * the server sends them, the Content-Type (null for none), and the body. {@link ResponseWriter} adds
 * Date, Server, the connection headers and the framing (Content-Length, chunked, or close).
 *
 * @param line   the status line's text when it is not the profile's usual one for the code (a
 *               page of its own such as the detected page); null for the usual one
 * @param length the body length when it is known up front (a file); null for a generated page,
 *               which HTTP/1.1 clients get chunked and HTTP/1.0 clients get until the close
 */
record Response(int status, String line, List<HttpRequest.Header> headers, String contentType, Body body,
                Long length) {

    /** A response body: bytes in memory, or a file of the custom pages folder. */
    sealed interface Body permits Bytes, FileBody {
    }

    record Bytes(byte[] bytes) implements Body {
    }

    record FileBody(Path path) implements Body {
    }

    Response {
        headers = List.copyOf(headers);
    }

    Response(int status, List<HttpRequest.Header> headers, String contentType, Body body, Long length) {
        this(status, null, headers, contentType, body, length);
    }

    /** The body's length in bytes, when known (a file's, or the bytes in memory). */
    long bodyLength() {
        return switch (body) {
            case Bytes b -> b.bytes().length;
            case FileBody f -> length == null ? 0 : length;
        };
    }

    static HttpRequest.Header header(String name, String value) {
        return new HttpRequest.Header(name, value);
    }
}
