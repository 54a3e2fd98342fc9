package dev.mirage.net;

import dev.mirage.session.LimitExceededException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads CRLF- or LF-terminated lines with the length bound checked while reading (never after
 * buffering a whole line): a line longer than max-line throws {@link LimitExceededException}.
 * A half line followed by end of stream comes back once, marked unterminated, so it is recorded.
 */
public final class LineReader {
    private final InputStream in;
    private final int maxLine;
    private final byte[] buf = new byte[1024];
    private int pos;
    private int end;
    private boolean eof;

    /** A line without its terminator; {@code terminated} is false for a half line cut by end of stream. */
    public record Line(byte[] bytes, boolean terminated) {
        /** The line as text (UTF-8, invalid bytes as U+FFFD); for parsing, not for exact records. */
        public String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line, or null at end of stream. */
    public Line readLine() throws IOException {
        byte[] line = new byte[Math.min(128, maxLine + 1)];
        int len = 0;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    eof = true;
                    return len == 0 ? null : new Line(Arrays.copyOf(line, len), false);
                }
            }
            byte b = buf[pos++];
            if (b == '\n') {
                if (len > 0 && line[len - 1] == '\r') {
                    len--;
                }
                return new Line(Arrays.copyOf(line, len), true);
            }
            if (len >= maxLine) {
                // One byte of slack lets a CR sit at the limit before its LF.
                if (!(len == maxLine && b == '\r')) {
                    throw new LimitExceededException("max-line", maxLine);
                }
            }
            if (len == line.length) {
                line = Arrays.copyOf(line, Math.min(line.length * 2, maxLine + 1));
            }
            line[len++] = b;
        }
    }

    /** Bytes already read from the socket but not yet returned as a line (pipelined input). */
    public int buffered() {
        return end - pos;
    }

    /** Reads exactly up to n raw bytes (for a protocol's binary part); fewer only at end of stream. */
    public int readRaw(byte[] dst, int off, int n) throws IOException {
        int got = 0;
        while (got < n) {
            if (pos == end && (eof || !fill())) {
                eof = true;
                break;
            }
            int k = Math.min(n - got, end - pos);
            System.arraycopy(buf, pos, dst, off + got, k);
            pos += k;
            got += k;
        }
        return got;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
