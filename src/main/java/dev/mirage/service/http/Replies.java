package dev.mirage.service.http;

import dev.mirage.event.HttpRequest;
import dev.mirage.net.Echo;
import dev.mirage.profile.Placeholders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the responses of the claimed server from the profile's texts: its canned pages for
 * redirects and errors (RFC 9110 section 15), a page of the site with its validators (section 8.8),
 * the OPTIONS answer (section 9.3.7) and the TRACE echo (section 9.3.8). Attacker text repeated in a
 * page goes through {@link Echo#safe} and HTML escaping.
 */
final class Replies {
    private final HttpTexts texts;
    private final ResponseWriter writer;
    private final String host;
    private final int echoMax;

    Replies(HttpTexts texts, ResponseWriter writer, String host, int echoMax) {
        this.texts = texts;
        this.writer = writer;
        this.host = host;
        this.echoMax = echoMax;
    }

    /** A canned page; vars fill the status's message ({uri}, {method}, {location}, {notes}, {expect}), already safe. */
    Response canned(int status, int port, Map<String, String> vars, List<HttpRequest.Header> headers) {
        String page = errorPage(texts.statusLine(status), texts.errorMessages().getOrDefault(status, ""), port, vars);
        return framed(status, null, headers, page);
    }

    /**
     * An error page as the server sent it: with its length where it served a file (IIS's custom
     * errors), else as it generated it (Apache: chunked to an HTTP/1.1 client, to the close otherwise).
     */
    private Response framed(int status, String line, List<HttpRequest.Header> headers, String page) {
        byte[] bytes = page.getBytes(StandardCharsets.ISO_8859_1);
        if (!texts.errorLength()) {
            return new Response(status, line, headers, texts.errorType(), new Response.Bytes(bytes), null);
        }
        List<HttpRequest.Header> h = new ArrayList<>(headers);
        h.add(Response.header("Content-Length", Integer.toString(bytes.length)));
        return new Response(status, line, h, texts.errorType(), new Response.Bytes(bytes), (long) bytes.length);
    }

    /** The failing server's internal error page (500 in the profile's words). */
    Response internalError(int port) {
        return own(texts.internalErrorLine(), texts.internalError(), port, Map.of());
    }

    /** The failing server's overload page (503, or what the server said instead). */
    Response unavailable(int port) {
        return own(texts.unavailableLine(), texts.unavailable(), port, Map.of());
    }

    /** The page a misuse gets under "aggressive": the site's policy text in the server's error-page style. */
    Response detected(int port, String uri) {
        return own(texts.detectedLine(), texts.detected(), port, Map.of("uri", html(uri)));
    }

    /** A page with a status line of its own, not the profile's usual one for its code. */
    private Response own(String line, String message, int port, Map<String, String> vars) {
        return framed(HttpTexts.code(line), line, List.of(), errorPage(line, message, port, vars));
    }

    private String errorPage(String title, String messageTemplate, int port, Map<String, String> vars) {
        String h1 = title.length() > 4 ? title.substring(4) : title;
        String message = fill(messageTemplate, vars);
        return texts.errorPage().replace("{title}", title).replace("{h1}", h1)
                .replace("{host}", host).replace("{port}", Integer.toString(port)).replace("{message}", message);
    }

    Response canned(int status, int port, Map<String, String> vars) {
        List<HttpRequest.Header> headers = new ArrayList<>();
        if (status == 405 || status == 501) {
            headers.add(Response.header("Allow", texts.allow()));
        }
        return canned(status, port, vars, headers);
    }

    /**
     * 200 with Last-Modified, the server's ETag and Accept-Ranges where it sent them; the page dated age
     * seconds earlier than its file (a strange session's).
     */
    Response page(Site.Page p, Instant now, long age) {
        long mtime = p.mtime() - age;
        List<HttpRequest.Header> h = new ArrayList<>(4);
        h.add(Response.header("Last-Modified", writer.date(Instant.ofEpochSecond(mtime))));
        if (!texts.etag().isEmpty()) {
            h.add(Response.header("ETag", etag(p, now, mtime)));
        }
        if (!texts.acceptRanges().isEmpty()) {
            h.add(Response.header("Accept-Ranges", texts.acceptRanges()));
        }
        h.add(Response.header("Content-Length", Long.toString(p.size())));
        Response.Body body = p.bytes() != null ? new Response.Bytes(p.bytes()) : new Response.FileBody(p.file());
        return new Response(200, h, p.type(), body, p.size());
    }

    /** FILETIME counts 100 ns from 1601-01-01; this many seconds lie between that and 1970. */
    private static final long FILETIME_EPOCH_SECONDS = 11_644_473_600L;

    private String etag(Site.Page p, Instant now, long mtime) {
        // Apache marks a tag weak while the file is under a second old: it may change again within it.
        String weak = now.getEpochSecond() - mtime > 1 ? "" : "W/";
        return Placeholders.fill(texts.etag(), Placeholders.pairs("weak", weak, "inode", p.inode(),
                "size", Long.toHexString(p.size()), "mtime", Long.toHexString(mtime),
                "mtime-usec", Long.toHexString(mtime * 1_000_000L),
                "filetime", Long.toHexString((mtime + FILETIME_EPOCH_SECONDS) * 10_000_000L)));
    }

    Response options() {
        return new Response(200, List.of(Response.header("Content-Length", "0"), Response.header("Allow", texts.allow())),
                null, new Response.Bytes(new byte[0]), 0L);
    }

    /** The request as received, line by line, each line made safe. */
    Response trace(Request r) {
        StringBuilder b = new StringBuilder();
        b.append(safe(r.method())).append(' ').append(safe(r.target())).append(' ').append(safe(r.protocol()))
                .append("\r\n");
        for (HttpRequest.Header h : r.headers()) {
            b.append(safe(h.name())).append(": ").append(safe(h.value())).append("\r\n");
        }
        b.append("\r\n");
        return new Response(200, List.of(), texts.traceType(),
                new Response.Bytes(b.toString().getBytes(StandardCharsets.ISO_8859_1)), null);
    }

    /** Attacker text for a page: control characters dropped, length capped, HTML escaped. */
    String html(String s) {
        String t = safe(s);
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private String safe(String s) {
        return Echo.safe(s, echoMax);
    }

    String note(String key, String field) {
        String n = texts.notes().getOrDefault(key, "");
        return n.replace("{field}", field == null ? "" : html(field));
    }

    /** One pass, so a value that itself holds "{...}" is never expanded again; a lower-case name not given is empty. */
    private static String fill(String template, Map<String, String> vars) {
        return Placeholders.fill(template, name -> vars.getOrDefault(name, name.matches("[a-z]+") ? "" : null));
    }

    String realmHeader() {
        return "Basic realm=\"" + texts.realm() + "\"";
    }
}
