package dev.mirage.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirage.store.SessionQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A raw HTTP client for exact bytes: send, then read everything until the server closes. */
final class Raw {
    static final ObjectMapper JSON = new ObjectMapper();

    private Raw() {
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends the request and returns all the server said before closing (a reset ends it too). */
    static String exchange(int port, String request) throws IOException {
        return exchange(port, bytes(request));
    }

    static String exchange(int port, byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            return readAll(s.getInputStream());
        }
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
            }
        } catch (SocketException reset) {
            // The server closed with our input unread; what arrived before counts.
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    static String head(String response) {
        int i = response.indexOf("\r\n\r\n");
        return i < 0 ? response : response.substring(0, i + 2);
    }

    static String body(String response) {
        int i = response.indexOf("\r\n\r\n");
        return i < 0 ? "" : response.substring(i + 4);
    }

    /** The body of a chunked response, de-chunked. */
    static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int eol = body.indexOf("\r\n", i);
            int size = Integer.parseInt(body.substring(i, eol).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
    }

    /** The JSON of each event of a session with the given action. */
    static List<JsonNode> events(List<SessionQuery.EventRow> rows, String action) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (SessionQuery.EventRow r : rows) {
            if (r.action().equals(action)) {
                out.add(JSON.readTree(r.json()));
            }
        }
        return out;
    }

    /** The Apache 1.3 canned page as the profile words it. */
    static String page(String title, String message, int port) {
        return "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<HTML><HEAD>\n<TITLE>" + title
                + "</TITLE>\n</HEAD><BODY>\n<H1>" + title.substring(4) + "</H1>\n" + message
                + "<HR>\n<ADDRESS>Apache/1.3.23 Server at www Port " + port + "</ADDRESS>\n</BODY></HTML>\n";
    }
}
