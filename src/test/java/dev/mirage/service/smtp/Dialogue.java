package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A raw SMTP client for dialogue tests: send a line, expect a reply code (SubEthaSMTP's HeloTest style). */
final class Dialogue implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Dialogue(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Sends one line with CRLF. */
    Dialogue send(String line) throws IOException {
        return raw((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    Dialogue raw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Reads one whole reply (all its lines) and checks that its last line starts with the text. */
    List<String> expect(String start) throws IOException {
        List<String> lines = reply();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(lines.size() - 1)).startsWith(start);
        return lines;
    }

    /** One reply: lines up to the one whose fourth character is not a dash. */
    List<String> reply() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = line();
            if (line == null) {
                return lines;
            }
            lines.add(line);
            if (line.length() < 4 || line.charAt(3) != '-') {
                return lines;
            }
        }
    }

    /** Sends a line and checks the reply's start. */
    List<String> command(String line, String start) throws IOException {
        send(line);
        return expect(start);
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                String s = b.toString(StandardCharsets.UTF_8);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
    }

    /** True when the server has closed: reads to the end, discarding. */
    boolean closedByServer() throws IOException {
        try {
            while (in.read() >= 0) {
                // Drain.
            }
            return true;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }

    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
