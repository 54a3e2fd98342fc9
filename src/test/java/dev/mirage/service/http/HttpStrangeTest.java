package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.exchange;
import static dev.mirage.service.http.Raw.head;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.net.Socket;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "strange": every answer is valid HTTP, but each session dates the pages differently, keeps the
 * connection for a different number of requests, sometimes redirects "/" to its index page and
 * sometimes pauses; all drawn from the seeded dice, so a run repeats exactly.
 */
class HttpStrangeTest {
    static final int SEED = 11;
    static final int SESSIONS = 5;
    private static final Pattern KEEP_ALIVE = Pattern.compile("Keep-Alive: timeout=(\\d+), max=(\\d+)\r\n");
    private static final Pattern LAST_MODIFIED = Pattern.compile("Last-Modified: ([^\r]+)\r\n");
    private static final ZonedDateTime PROFILE_DATE = ZonedDateTime.parse("Wed, 03 Apr 2002 17:44:35 GMT",
            DateTimeFormatter.RFC_1123_DATE_TIME);

    @RegisterExtension
    final Sensor sensor = strange();

    static Sensor strange() {
        return Sensor.with("http").services(new Services(Map.of("http", HttpService::new)))
                .set("sensor.personality", "strange").set("sensor.seed", SEED);
    }

    /** One session of five pipelined requests: its Keep-Alive limits, page date and number of answers. */
    record Session(int timeout, int max, String lastModified, int answers) {
    }

    static Session pipelined(int port) throws Exception {
        String one = "GET /index.html HTTP/1.1\r\nHost: www\r\nConnection: keep-alive\r\n\r\n";
        String r = sendAndHalfClose(port, one.repeat(5));
        Matcher ka = KEEP_ALIVE.matcher(r);
        assertThat(ka.find()).as(r).isTrue();
        Matcher lm = LAST_MODIFIED.matcher(r);
        assertThat(lm.find()).isTrue();
        int answers = r.split("HTTP/1\\.1 200 OK\r\n", -1).length - 1;
        assertThat(r.substring(r.lastIndexOf("HTTP/1.1 200 OK"))).contains("Connection: close\r\n");
        return new Session(Integer.parseInt(ka.group(1)), Integer.parseInt(ka.group(2)), lm.group(1), answers);
    }

    /** Sends the requests and says it has no more, so the server's lingering close ends at once. */
    static String sendAndHalfClose(int port, String requests) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(Raw.bytes(requests));
            s.shutdownOutput();
            return Raw.readAll(s.getInputStream());
        }
    }

    static List<Session> sessions(Sensor s) throws Exception {
        List<Session> out = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            out.add(pipelined(s.port("http")));
        }
        return out;
    }

    @Test
    void eachSessionDatesThePagesAndKeepsTheConnectionItsOwnWay() throws Exception {
        List<Session> seen = sessions(sensor);
        for (Session s : seen) {
            assertThat(s.max()).isBetween(1, 4);
            assertThat(s.timeout()).isBetween(1, 15);
            assertThat(s.answers()).isEqualTo(s.max() + 1);
            assertThat(ZonedDateTime.parse(s.lastModified(), DateTimeFormatter.RFC_1123_DATE_TIME))
                    .isBeforeOrEqualTo(PROFILE_DATE);
        }
        assertThat(new HashSet<>(seen.stream().map(Session::lastModified).toList())).hasSizeGreaterThan(1);
        assertThat(new HashSet<>(seen.stream().map(Session::max).toList())).hasSizeGreaterThan(1);

        Sensor again = strange();
        again.start();
        try {
            assertThat(sessions(again)).isEqualTo(seen);
        } finally {
            again.afterEach(null);
        }
    }

    @Test
    void slashIsSometimesARedirectToItsIndexPageAndEveryAnswerComesSoon() throws Exception {
        int port = sensor.port("http");
        String location = "http://www:" + port + "/index.html";
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long start = System.nanoTime();
            String r = exchange(port, "GET / HTTP/1.0\r\n\r\n");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(HttpPolicy.MAX_DELAY_MILLIS + 500L);
            if (r.startsWith("HTTP/1.1 301 Moved Permanently\r\n")) {
                assertThat(head(r)).contains("Location: " + location + "\r\n");
                kinds.add("redirect");
            } else {
                assertThat(r).startsWith("HTTP/1.1 200 OK\r\n").contains("<TITLE>Test Page for the Apache Web Server");
                kinds.add("page");
            }
        }
        assertThat(kinds).contains("redirect", "page");
        assertThat(exchange(port, "GET /index.html HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 200 OK\r\n");
    }
}
