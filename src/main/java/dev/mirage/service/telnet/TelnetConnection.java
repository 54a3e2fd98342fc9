package dev.mirage.service.telnet;

import dev.mirage.session.LimitExceededException;
import dev.mirage.session.Session;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The session's bytes as a Telnet NVT (RFC 854): input runs through the {@link IacParser}, data comes
 * out as lines edited the way a tty in cooked mode edits them (erase, kill, CR LF / CR NUL / LF as
 * the end of a line), with the server's echo when the client let us echo. Every read is bounded:
 * a line by limits.max-line, the stream by the session's max-bytes and idle timeout.
 */
public final class TelnetConnection {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] RUBOUT = {'\b', ' ', '\b'};

    private final Session session;
    private final InputStream in;
    private final OutputStream out;
    private final IacParser parser;
    private final int maxLine;
    private final byte[] buf = new byte[4096];
    private int pos;
    private int end;
    private boolean eof;
    private int pushback = IacParser.NONE;
    private boolean afterCr;
    private boolean heardAnything;

    /** A line as typed; {@code terminated} is false for a half line cut by the end of the stream. */
    public record Line(String text, boolean terminated) {
    }

    public TelnetConnection(Session session, IacParser.Sink sink, int subnegotiationCap) {
        this.session = session;
        this.in = session.in();
        this.out = new BufferedOutputStream(session.out(), 1024);
        this.parser = new IacParser(sink, subnegotiationCap);
        this.maxLine = session.limits().maxLine();
    }

    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    public void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** True once the client has sent any byte at all. */
    public boolean heardAnything() {
        return heardAnything;
    }

    /**
     * Reads and handles the client's negotiation until {@code done} holds, data arrives, or time runs
     * out: at most {@code maxMillis}, and at most {@code settleMillis} once the client has said anything.
     * Returns false only at end of stream.
     */
    public boolean await(BooleanSupplier done, long maxMillis, long settleMillis) throws IOException {
        flush();
        long start = System.nanoTime();
        long deadline = start + maxMillis * 1_000_000L;
        try {
            while (!done.getAsBoolean() && pushback == IacParser.NONE) {
                if (pos == end) {
                    if (heardAnything) {
                        deadline = Math.min(deadline, System.nanoTime() + settleMillis * 1_000_000L);
                    }
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0) {
                        return true;
                    }
                    session.timeout((int) Math.max(1, left));
                    try {
                        if (!fill()) {
                            return false;
                        }
                    } catch (SocketTimeoutException e) {
                        return true;
                    }
                }
                int r = parser.feed(buf[pos++]);
                if (r != IacParser.NONE) {
                    pushback = r;
                }
            }
            return true;
        } finally {
            session.timeout((int) Math.min(Integer.MAX_VALUE, session.limits().idle().toMillis()));
        }
    }

    /**
     * The next line, echoing what is typed while {@code echoing} holds (asked per byte, as the client's
     * answer to WILL ECHO may arrive mid-line; the tty echoes the user name but not the password);
     * null at end of stream. A line longer than limits.max-line ends the session.
     */
    public Line readLine(BooleanSupplier echoing) throws IOException {
        byte[] line = new byte[Math.min(64, maxLine + 1)];
        int len = 0;
        while (true) {
            int b = nextData();
            boolean echo = echoing.getAsBoolean();
            if (b == Integer.MIN_VALUE) {
                return len == 0 ? null : new Line(text(line, len), false);
            }
            if (afterCr) {
                afterCr = false;
                if (b == '\n' || b == 0) {
                    continue;
                }
            }
            if (b == '\r' || b == '\n') {
                afterCr = b == '\r';
                if (echo) {
                    out.write(CRLF);
                }
                return new Line(text(line, len), true);
            }
            if (b == 0) {
                continue;
            }
            if (b == 0x7f || b == 0x08 || b == IacParser.ERASE_CHAR) {
                if (len > 0) {
                    len--;
                    if (echo) {
                        out.write(RUBOUT);
                    }
                }
                continue;
            }
            if (b == 0x15 || b == IacParser.ERASE_LINE) {
                if (echo) {
                    for (int i = 0; i < len; i++) {
                        out.write(RUBOUT);
                    }
                }
                len = 0;
                continue;
            }
            if (len >= maxLine) {
                throw new LimitExceededException("max-line", maxLine);
            }
            if (len == line.length) {
                line = Arrays.copyOf(line, Math.min(line.length * 2, maxLine + 1));
            }
            line[len++] = (byte) b;
            if (echo && b >= 0x20 && b < 0x7f) {
                out.write(b);
            }
        }
    }

    /** The next data byte (or erase code), handling commands on the way; MIN_VALUE at end of stream. */
    private int nextData() throws IOException {
        if (pushback != IacParser.NONE) {
            int r = pushback;
            pushback = IacParser.NONE;
            return r;
        }
        while (true) {
            if (pos == end) {
                flush();
                if (!fill()) {
                    return Integer.MIN_VALUE;
                }
            }
            int r = parser.feed(buf[pos++]);
            if (r != IacParser.NONE) {
                return r;
            }
        }
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
        heardAnything = true;
        pos = 0;
        end = n;
        return true;
    }

    private static String text(byte[] line, int len) {
        return new String(line, 0, len, StandardCharsets.UTF_8);
    }
}
