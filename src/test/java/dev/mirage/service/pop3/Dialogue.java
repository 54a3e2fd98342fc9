package dev.mirage.service.pop3;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A raw POP3 conversation for tests that read like the protocol: send a line, read the reply. */
final class Dialogue implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    final String greeting;

    Dialogue(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
        greeting = in.readLine();
    }

    /** Sends one command line and returns the first reply line. */
    String send(String line) throws IOException {
        raw((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        return in.readLine();
    }

    /** Sends a command and returns the whole multi-line reply, status first, up to the closing dot. */
    List<String> sendMulti(String line) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(send(line));
        if (lines.get(0) != null && lines.get(0).startsWith("+OK")) {
            String l;
            while ((l = in.readLine()) != null && !l.equals(".")) {
                lines.add(l);
            }
        }
        return lines;
    }

    void raw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    String readLine() throws IOException {
        return in.readLine();
    }

    Socket socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
