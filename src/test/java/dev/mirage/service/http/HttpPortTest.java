package dev.mirage.service.http;

import static dev.mirage.service.http.Raw.exchange;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.testing.Sensor;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * The port the pages and redirects name: the server claims 80 though port-offset moved the listener
 * (a firewall forwarding 80 there is how such a sensor is reached), unless the client's Host says
 * which port it addressed.
 */
class HttpPortTest {
    @Test
    void pagesNameTheClaimedPortUnderAnOffsetAndTheHostsPortWhenItNamesOne() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        Sensor sensor = Sensor.with("http").set("services.http.port", 80).set("listen.port-offset", free - 80);
        sensor.start();
        try {
            int port = sensor.port("http");
            assertThat(port).isEqualTo(free);
            String missing = exchange(port, "GET /nothing.html HTTP/1.0\r\n\r\n");
            assertThat(missing).startsWith("HTTP/1.1 404 ").contains("Server at www Port 80</ADDRESS>").doesNotContain(
                    Integer.toString(free));
            String moved = exchange(port, "GET /manual HTTP/1.1\r\nHost: www\r\nConnection: close\r\n\r\n");
            assertThat(moved).doesNotContain(Integer.toString(free));
            String direct = exchange(port, "GET /nothing.html HTTP/1.1\r\nHost: 127.0.0.1:" + free
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(direct).contains("Server at www Port " + free + "</ADDRESS>");
        } finally {
            sensor.afterEach(null);
        }
    }
}
