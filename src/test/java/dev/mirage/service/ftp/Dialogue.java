package dev.mirage.service.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A raw control connection that reads like the protocol: send a line, expect a code (multi-line replies read whole). */
final class Dialogue implements AutoCloseable {
    final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    Dialogue(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
    }

    /** Reads one whole reply (RFC 959 4.2: "xyz-" lines until "xyz "), returned with lines joined by LF. */
    String reply() throws IOException {
        StringBuilder b = new StringBuilder();
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        b.append(line);
        if (line.length() >= 4 && line.charAt(3) == '-') {
            String code = line.substring(0, 3);
            while ((line = in.readLine()) != null) {
                b.append('\n').append(line);
                if (line.startsWith(code + " ")) {
                    break;
                }
            }
        }
        return b.toString();
    }

    String expect(int code) throws IOException {
        String r = reply();
        assertThat(r).as("reply").startsWith(code + "");
        return r;
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void raw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    String call(String line, int code) throws IOException {
        send(line);
        return expect(code);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
