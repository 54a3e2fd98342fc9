package dev.mirage.service.telnet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A raw-socket Telnet client for dialogue tests. In refusing mode it answers every DO with WONT and
 * every WILL with DONT, as a minimal client (or a bot) does; in silent mode it sends no IAC at all,
 * like netcat. Collects the data the server sends, commands stripped, and the raw bytes.
 */
final class RawTelnet implements AutoCloseable {
    final Socket socket;
    final InputStream in;
    final OutputStream out;
    private final boolean refuse;
    final StringBuilder text = new StringBuilder();
    final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private int state;
    private boolean closed;

    RawTelnet(int port, boolean refuse) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        this.refuse = refuse;
    }

    void send(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    void send(byte[] b) throws IOException {
        out.write(b);
        out.flush();
    }

    /** Reads until the data seen so far ends with (or contains, after the mark) the marker. */
    String until(String marker) throws IOException {
        int from = text.length();
        while (text.indexOf(marker, Math.max(0, from - marker.length())) < 0) {
            if (!step()) {
                throw new IOException("closed before '" + marker + "'; got: " + text);
            }
        }
        return text.toString();
    }

    /** Reads until the marker appears in data that arrives after this call (a prompt seen before does not count). */
    String next(String marker) throws IOException {
        int from = text.length();
        while (text.indexOf(marker, from) < 0) {
            if (!step()) {
                throw new IOException("closed before '" + marker + "'; got: " + text);
            }
        }
        return text.toString();
    }

    /** Reads until the server closes; returns all data text. */
    String toEnd() throws IOException {
        try {
            while (step()) {
                // keep reading
            }
        } catch (java.net.SocketException reset) {
            closed = true;
        }
        return text.toString();
    }

    boolean closed() {
        return closed;
    }

    /** Reads what arrives within the timeout; false at end of stream. */
    boolean drain(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            while (step()) {
                // keep reading
            }
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(5000);
        }
    }

    private boolean step() throws IOException {
        int b = in.read();
        if (b < 0) {
            closed = true;
            return false;
        }
        raw.write(b);
        switch (state) {
            case 0 -> {
                if (b == 255) {
                    state = 1;
                } else {
                    text.append((char) b);
                }
            }
            case 1 -> state = switch (b) {
                case 251, 252, 253, 254 -> b;
                case 250 -> 10;
                case 255 -> {
                    text.append((char) 255);
                    yield 0;
                }
                default -> 0;
            };
            case 251, 252, 253, 254 -> {
                if (refuse && (state == 253 || state == 251)) {
                    send(new byte[] {(byte) 255, (byte) (state == 253 ? 252 : 254), (byte) b});
                }
                state = 0;
            }
            case 10 -> state = b == 255 ? 11 : 10;
            case 11 -> state = b == 240 ? 0 : 10;
            default -> state = 0;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
