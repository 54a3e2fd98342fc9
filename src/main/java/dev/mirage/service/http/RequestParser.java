package dev.mirage.service.http;

import dev.mirage.event.HttpRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one request, every part bounded (RFC 9112): the request line (section 3) at most max-line
 * bytes, header lines (section 5) each at most max-line, at most {@link #MAX_FIELDS} of them and
 * {@link #MAX_HEADER_BYTES} in all, then the body by Content-Length or chunked (section 6, 7.1):
 * at most body-max kept, the rest read and discarded (the session's byte limit still applies).
 * One parser per request; after an IOException {@link #partial()} gives what had arrived.
 */
final class RequestParser {
    static final int MAX_FIELDS = 100;
    static final int MAX_HEADER_BYTES = 64 * 1024;

    /** Sent when the client waits for "100 Continue" before its body (RFC 9110 section 10.1.1). */
    interface Continue {
        void send() throws IOException;
    }

    private final HttpReader in;
    private final int bodyMax;
    private final Continue onContinue;
    private final long start;
    private String method = "";
    private String target = "";
    private String protocol = "";
    private int proto = Request.HTTP_1_0;
    private boolean simple;
    private final List<HttpRequest.Header> headers = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean truncated;

    RequestParser(HttpReader in, int bodyMax, Continue onContinue) {
        this.in = in;
        this.bodyMax = bodyMax;
        this.onContinue = onContinue;
        this.start = in.consumed();
    }

    /** The next request, or null when the client closed before sending one. */
    Request read() throws IOException {
        HttpReader.Line line;
        do {
            // RFC 9112 section 2.2: empty lines before a request line are skipped.
            line = in.readLine();
            if (line == null) {
                return null;
            }
        } while (line.isEmpty() && line.terminated());
        requestLine(line.bytes());
        if (line.tooLong()) {
            // The server answers an overlong request line as HTTP/1.0, with headers.
            proto = Request.HTTP_1_0;
            simple = false;
            return done(Request.Problem.LINE_TOO_LONG, null);
        }
        if (!line.terminated()) {
            return done(Request.Problem.INCOMPLETE, null);
        }
        if (indexOf(line.bytes(), (byte) 0) >= 0) {
            return done(Request.Problem.NUL_IN_LINE, null);
        }
        if (simple) {
            return done(Request.Problem.NONE, null);
        }
        Request bad = headers();
        if (bad != null) {
            return bad;
        }
        return body();
    }

    /** What arrived of the request so far; null when nothing of it did. */
    Request partial() {
        if (in.consumed() == start) {
            return null;
        }
        return build(Request.Problem.INCOMPLETE, null);
    }

    /** RFC 9112 section 3: method SP request-target SP HTTP-version, split as the server does, on any whitespace. */
    private void requestLine(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int i = skipSpace(text, 0);
        int j = word(text, i);
        method = text.substring(i, j);
        i = skipSpace(text, j);
        j = word(text, i);
        target = text.substring(i, j);
        i = skipSpace(text, j);
        int e = text.length();
        while (e > i && isSpace(text.charAt(e - 1))) {
            e--;
        }
        protocol = text.substring(i, e);
        simple = protocol.isEmpty();
        proto = version(protocol);
    }

    /** "HTTP/x.y" read as the server's sscanf("HTTP/%u.%u") did; anything else counts as 1.0. */
    static int version(String protocol) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^HTTP/(\\d{1,6})\\.(\\d{1,6})").matcher(protocol);
        if (m.find()) {
            int major = Integer.parseInt(m.group(1));
            int minor = Integer.parseInt(m.group(2));
            if (minor < 1000) {
                return major * 1000 + minor;
            }
        }
        return Request.HTTP_1_0;
    }

    private Request headers() throws IOException {
        int bytes = 0;
        while (true) {
            HttpReader.Line line = in.readLine();
            if (line == null || (!line.terminated() && !line.tooLong())) {
                if (line != null) {
                    addField(text(line.bytes()));
                }
                return done(Request.Problem.INCOMPLETE, null);
            }
            if (line.isEmpty()) {
                return null;
            }
            String text = text(line.bytes());
            if (line.tooLong()) {
                return done(Request.Problem.FIELD_TOO_LONG, text);
            }
            bytes += line.bytes().length + 2;
            if (headers.size() >= MAX_FIELDS || bytes > MAX_HEADER_BYTES) {
                return done(Request.Problem.TOO_MANY_FIELDS, null);
            }
            char first = text.charAt(0);
            if ((first == ' ' || first == '\t') && !headers.isEmpty()) {
                // RFC 9112 section 5.2: obsolete line folding joins the previous field's value.
                HttpRequest.Header last = headers.remove(headers.size() - 1);
                headers.add(new HttpRequest.Header(last.name(), (last.value() + " " + text.strip()).strip()));
                continue;
            }
            if (text.indexOf(':') < 0) {
                return done(Request.Problem.MISSING_COLON, text);
            }
            addField(text);
        }
    }

    private void addField(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            headers.add(new HttpRequest.Header(text, ""));
            return;
        }
        String value = text.substring(colon + 1);
        int k = 0;
        while (k < value.length() && (value.charAt(k) == ' ' || value.charAt(k) == '\t')) {
            k++;
        }
        headers.add(new HttpRequest.Header(text.substring(0, colon), stripTrailing(value.substring(k))));
    }

    /** RFC 9112 section 6.1 to 6.3: chunked wins over Content-Length; neither means no body. */
    private Request body() throws IOException {
        Request sofar = build(Request.Problem.NONE, null);
        String coding = sofar.header("Transfer-Encoding");
        String length = sofar.header("Content-Length");
        if (coding != null) {
            String[] codings = coding.split(",");
            if (!codings[codings.length - 1].strip().equalsIgnoreCase("chunked")) {
                return done(Request.Problem.UNKNOWN_CODING, null);
            }
            expectContinue(sofar);
            return chunked();
        }
        if (length != null) {
            long n = contentLength(length);
            if (n < 0) {
                return done(Request.Problem.BAD_LENGTH, null);
            }
            if (n > 0) {
                expectContinue(sofar);
                if (take(n) < n) {
                    return done(Request.Problem.INCOMPLETE, null);
                }
            }
        }
        return done(Request.Problem.NONE, null);
    }

    private void expectContinue(Request r) throws IOException {
        String expect = r.header("Expect");
        if (proto >= Request.HTTP_1_1 && expect != null && expect.equalsIgnoreCase("100-continue") && !in.hasPending()) {
            onContinue.send();
        }
    }

    /** Digits (and the spaces the server tolerated) only; -1 when invalid; saturates instead of overflowing. */
    static long contentLength(String v) {
        String s = v.strip();
        if (s.isEmpty()) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n > Long.MAX_VALUE / 10 - 10 ? Long.MAX_VALUE : n * 10 + (c - '0');
        }
        return n;
    }

    /** RFC 9112 section 7.1: chunk-size [ext] CRLF data CRLF ... 0 CRLF trailers CRLF. */
    private Request chunked() throws IOException {
        while (true) {
            HttpReader.Line line = in.readLine();
            if (line == null || (!line.terminated() && !line.tooLong())) {
                return done(Request.Problem.INCOMPLETE, null);
            }
            long size = chunkSize(text(line.bytes()));
            if (line.tooLong() || size < 0) {
                return done(Request.Problem.BAD_CHUNK, null);
            }
            if (size == 0) {
                return trailers();
            }
            if (take(size) < size) {
                return done(Request.Problem.INCOMPLETE, null);
            }
            HttpReader.Line crlf = in.readLine();
            if (crlf == null || !crlf.terminated()) {
                return done(Request.Problem.INCOMPLETE, null);
            }
            if (!crlf.isEmpty()) {
                return done(Request.Problem.BAD_CHUNK, null);
            }
        }
    }

    private Request trailers() throws IOException {
        for (int i = 0; i <= MAX_FIELDS; i++) {
            HttpReader.Line line = in.readLine();
            if (line == null || !line.terminated()) {
                return done(line != null && line.tooLong() ? Request.Problem.BAD_CHUNK : Request.Problem.INCOMPLETE, null);
            }
            if (line.isEmpty()) {
                return done(Request.Problem.NONE, null);
            }
        }
        return done(Request.Problem.BAD_CHUNK, null);
    }

    static long chunkSize(String line) {
        int semi = line.indexOf(';');
        String hex = (semi >= 0 ? line.substring(0, semi) : line).strip();
        if (hex.isEmpty() || hex.length() > 15) {
            return -1;
        }
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Reads n body bytes, keeping the first body-max; returns how many arrived before end of stream. */
    private long take(long n) throws IOException {
        byte[] scratch = new byte[8192];
        long got = 0;
        while (got < n) {
            int k = in.read(scratch, 0, (int) Math.min(scratch.length, n - got));
            if (k < 0) {
                break;
            }
            int keep = (int) Math.min(k, Math.max(0, bodyMax - body.size()));
            body.write(scratch, 0, keep);
            if (keep < k) {
                truncated = true;
            }
            got += k;
        }
        return got;
    }

    private Request done(Request.Problem problem, String note) {
        return build(problem, note);
    }

    private Request build(Request.Problem problem, String note) {
        return new Request(method, target, protocol, proto, simple, headers, body.toByteArray(), truncated, problem,
                note);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String stripTrailing(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t')) {
            e--;
        }
        return s.substring(0, e);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int word(String s, int i) {
        while (i < s.length() && !isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** C's isspace: the request line splits on these and nothing else. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
