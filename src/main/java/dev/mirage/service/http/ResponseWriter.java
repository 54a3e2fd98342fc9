package dev.mirage.service.http;

import dev.mirage.event.HttpRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Frames a response the way the claimed server does (RFC 9112 sections 4, 6, 7.1, 9.3): status
 * line, Date and Server (in the order the server writes them), the response's own headers, then its persistence decision — kept alive when
 * the length is known or the client speaks HTTP/1.1 to an HTTP/1.1 server (a generated page then goes chunked), closed
 * for statuses that drop the connection, when the client asked for close, or past keep-alive-max —
 * then Content-Type; an HTTP/0.9 request gets the body alone.
 */
final class ResponseWriter {
    private static final int CHUNK = 4089;
    private final HttpTexts texts;
    private final DateTimeFormatter dates;

    ResponseWriter(HttpTexts texts) {
        this.texts = texts;
        this.dates = DateTimeFormatter.ofPattern(texts.dateFormat(), Locale.US).withZone(ZoneOffset.UTC);
    }

    String date(Instant t) {
        return dates.format(t);
    }

    /** Statuses after which the server closes whatever the client asked (its ap_status_drops_connection). */
    static boolean dropsConnection(int status) {
        return status == 400 || status == 408 || status == 411 || status == 413 || status == 414 || status == 500
                || status == 503 || status == 501;
    }

    /** Writes the response; updates the state's keep-alive decision. */
    void write(OutputStream out, Request req, Response res, HttpState state, Instant now) throws IOException {
        write(out, req, res, state, now, Long.MAX_VALUE);
    }

    /**
     * Writes the response with at most bodyMax bytes of its body (a failing server's answer cut
     * short: the head promises more than follows).
     */
    void write(OutputStream out, Request req, Response res, HttpState state, Instant now, long bodyMax)
            throws IOException {
        OutputStream body = bodyMax == Long.MAX_VALUE ? out : new Cut(out, bodyMax);
        boolean headOnly = req.headOnly();
        if (req.simple()) {
            if (!headOnly || res.status() >= 400) {
                body(body, res, false);
            }
            out.flush();
            return;
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        line(head, texts.version() + " " + (res.line() != null ? res.line() : texts.statusLine(res.status())));
        if (texts.serverFirst()) {
            field(head, "Server", texts.server());
            field(head, "Date", date(now));
        } else {
            field(head, "Date", date(now));
            field(head, "Server", texts.server());
        }
        for (HttpRequest.Header h : res.headers()) {
            field(head, h.name(), h.value());
        }
        boolean knownLength = res.length() != null || headOnly;
        boolean chunked = false;
        if (!knownLength && req.proto() >= Request.HTTP_1_1 && texts.oneOne()) {
            // The server decides chunking before it knows whether the connection stays.
            chunked = true;
        }
        boolean clientClose = req.hasToken("Connection", "close");
        boolean kaSent = req.hasToken("Connection", "keep-alive");
        boolean keep = (knownLength || chunked)
                && state.keepalives() < state.keepAliveMax()
                && !state.closing()
                && !dropsConnection(res.status())
                && !clientClose
                && (kaSent || req.proto() >= Request.HTTP_1_1 && texts.oneOne());
        List<String[]> connection = new ArrayList<>();
        if (keep) {
            int left = state.keepAliveMax() - state.keepalives();
            state.keptAlive();
            if (kaSent && !texts.keepAlive().isEmpty()) {     // IIS names no Keep-Alive parameters
                connection.add(new String[] {"Keep-Alive", texts.keepAlive()
                        .replace("{timeout}", Integer.toString(state.keepAliveTimeout()))
                        .replace("{max}", Integer.toString(left))});
            }
            if (kaSent) {
                connection.add(new String[] {"Connection", texts.connectionKeep()});
            }
        } else {
            connection.add(new String[] {"Connection", texts.connectionClose()});
        }
        for (String[] c : connection) {
            field(head, c[0], c[1]);
        }
        if (chunked) {
            field(head, "Transfer-Encoding", "chunked");
        }
        if (res.contentType() != null) {
            field(head, "Content-Type", res.contentType());
        }
        if (head.size() >= 255 && head.size() <= 257 && !texts.padding().isEmpty()) {   // Apache's X-Pad only
            line(head, texts.padding());
        }
        line(head, "");
        out.write(head.toByteArray());
        if (!headOnly) {
            body(body, res, chunked);
        }
        out.flush();
    }

    /** "100 Continue" before reading a body the client holds back (RFC 9110 section 10.1.1). */
    void writeContinue(OutputStream out) throws IOException {
        out.write((texts.version() + " " + texts.statusLine(100) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private void body(OutputStream out, Response res, boolean chunked) throws IOException {
        switch (res.body()) {
            case Response.Bytes b -> {
                if (chunked) {
                    for (int off = 0; off < b.bytes().length; off += CHUNK) {
                        int n = Math.min(CHUNK, b.bytes().length - off);
                        chunk(out, b.bytes(), off, n);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    out.write(b.bytes());
                }
            }
            case Response.FileBody f -> {
                long left = res.length() == null ? Long.MAX_VALUE : res.length();
                try (InputStream in = Files.newInputStream(f.path())) {
                    byte[] buf = new byte[8192];
                    int n;
                    while (left > 0 && !(out instanceof Cut c && c.spent())
                            && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                        out.write(buf, 0, n);
                        left -= n;
                    }
                }
            }
        }
    }

    /** A chunk as the server's buffer layer wrote it: the size in lower-case hex padded to three characters. */
    private static void chunk(OutputStream out, byte[] b, int off, int n) throws IOException {
        StringBuilder size = new StringBuilder(Integer.toHexString(n));
        while (size.length() < 3) {
            size.append(' ');
        }
        out.write((size + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(b, off, n);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Passes the first max bytes and drops the rest. */
    private static final class Cut extends java.io.FilterOutputStream {
        private long left;

        Cut(OutputStream out, long max) {
            super(out);
            this.left = max;
        }

        /** Nothing more will pass: the rest of a file need not be read. */
        boolean spent() {
            return left <= 0;
        }

        @Override
        public void write(int b) throws IOException {
            if (left > 0) {
                left--;
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = (int) Math.min(len, left);
            if (n > 0) {
                left -= n;
                out.write(b, off, n);
            }
        }
    }

    private static void field(ByteArrayOutputStream head, String name, String value) {
        line(head, name + ": " + value);
    }

    private static void line(ByteArrayOutputStream head, String text) {
        head.writeBytes((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
}
