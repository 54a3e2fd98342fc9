package dev.mirage.service.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The line discipline of the fake shell's channel. With a pty (RFC 4254 section 6.2) it is a tty in
 * canonical mode, as the client's raw terminal expects: it echoes, erases (DEL, BS), kills the line
 * (^U), ends it at CR or LF, answers ^C with a fresh line, takes ^D on an empty line as end of input,
 * and swallows the escape sequences of arrow and function keys. Without a pty it reads plain lines,
 * silently. A line never grows past {@code maxLine} bytes; the rest of it is dropped.
 */
final class Tty {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] RUBOUT = {'\b', ' ', '\b'};
    private static final byte[] INTERRUPT = {'^', 'C', '\r', '\n'};

    private final InputStream in;
    private final OutputStream out;
    private final boolean pty;
    private final int maxLine;
    private boolean afterCr;

    /** A line as typed; {@code end} when the input ended (EOF, or ^D on an empty line) instead. */
    record Line(String text, boolean end) {
    }

    Tty(InputStream in, OutputStream out, boolean pty, int maxLine) {
        this.in = in;
        this.out = out;
        this.pty = pty;
        this.maxLine = Math.max(16, maxLine);
    }

    Line readLine() throws IOException {
        byte[] line = new byte[64];
        int len = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return new Line(text(line, len), true);
            }
            if (afterCr && b == '\n') {
                afterCr = false;
                continue;
            }
            afterCr = false;
            if (b == '\r' || b == '\n') {
                afterCr = b == '\r';
                echo(CRLF);
                return new Line(text(line, len), false);
            }
            if (pty) {
                if (b == 0x7f || b == 0x08) {
                    if (len > 0) {
                        do {
                            len--;
                        } while (len > 0 && (line[len] & 0xc0) == 0x80);
                        echo(RUBOUT);
                    }
                    continue;
                }
                if (b == 0x15) {
                    for (int i = 0; i < len; i++) {
                        echo(RUBOUT);
                    }
                    len = 0;
                    continue;
                }
                if (b == 0x03) {
                    echo(INTERRUPT);
                    return new Line("", false);
                }
                if (b == 0x04) {
                    if (len == 0) {
                        return new Line("", true);
                    }
                    continue;
                }
                if (b == 0x1b) {
                    skipEscape();
                    continue;
                }
                if (b < 0x20) {
                    continue;
                }
            }
            if (len < maxLine) {
                if (len == line.length) {
                    line = Arrays.copyOf(line, Math.min(line.length * 2, maxLine));
                }
                line[len++] = (byte) b;
                echo(new byte[] {(byte) b});
            }
        }
    }

    /** ESC [ params final, ESC O x, or ESC x: a key the shell does not act on. */
    private void skipEscape() throws IOException {
        int b = in.read();
        if (b == '[') {
            for (int i = 0; i < 16; i++) {
                b = in.read();
                if (b < 0 || b >= 0x40 && b <= 0x7e) {
                    return;
                }
            }
        } else if (b == 'O') {
            in.read();
        }
    }

    private void echo(byte[] b) throws IOException {
        if (pty) {
            out.write(b);
            out.flush();
        }
    }

    private static String text(byte[] line, int len) {
        return new String(line, 0, len, StandardCharsets.UTF_8);
    }
}
