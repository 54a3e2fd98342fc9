package dev.mirage.service.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bounded reader under the request parser. Like {@link dev.mirage.net.LineReader} it checks the
 * line bound while reading, never after; unlike it, an overlong line comes back as its first
 * max-line bytes marked {@code tooLong} (the rest stays unread), because that prefix is the evidence
 * of what was attempted (an overflow against the request line or a header), and the server must
 * still answer 414 or 400 before it closes. Raw reads serve request bodies (RFC 9112 section 6).
 */
final class HttpReader {
    private final InputStream in;
    private final int maxLine;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int end;
    private boolean eof;
    private long consumed;

    /** A line without its terminator; {@code terminated} false when cut by end of stream. */
    record Line(byte[] bytes, boolean terminated, boolean tooLong) {
        boolean isEmpty() {
            return bytes.length == 0;
        }
    }

    HttpReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line (CRLF or bare LF, RFC 9112 section 2.2), or null at end of stream before any byte. */
    Line readLine() throws IOException {
        byte[] line = new byte[Math.min(256, maxLine + 1)];
        int len = 0;
        while (true) {
            if (pos == end && !fill()) {
                return len == 0 ? null : new Line(Arrays.copyOf(line, len), false, false);
            }
            byte b = buf[pos++];
            consumed++;
            if (b == '\n') {
                if (len > 0 && line[len - 1] == '\r') {
                    len--;
                }
                return new Line(Arrays.copyOf(line, len), true, false);
            }
            if (len >= maxLine && !(len == maxLine && b == '\r')) {
                return new Line(Arrays.copyOf(line, Math.min(len, maxLine)), false, true);
            }
            if (len == line.length) {
                line = Arrays.copyOf(line, Math.min(line.length * 2, maxLine + 1));
            }
            line[len++] = b;
        }
    }

    /** Reads up to n bytes into dst; fewer only at end of stream; -1 when the stream had already ended. */
    int read(byte[] dst, int off, int n) throws IOException {
        if (n == 0) {
            return 0;
        }
        if (pos == end && !fill()) {
            return -1;
        }
        int k = Math.min(n, end - pos);
        System.arraycopy(buf, pos, dst, off, k);
        pos += k;
        consumed += k;
        return k;
    }

    /** Bytes taken from the client but not yet parsed (pipelined requests). */
    int buffered() {
        return end - pos;
    }

    /** Whether the client has sent more than we parsed, buffered here or waiting in the socket. */
    boolean hasPending() {
        if (buffered() > 0) {
            return true;
        }
        try {
            return !eof && in.available() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Bytes handed out so far (lines with their terminators, raw reads). */
    long consumed() {
        return consumed;
    }

    boolean atEof() {
        return eof && pos == end;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
