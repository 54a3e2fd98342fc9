package dev.mirage.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One listener takes IPv4 and IPv6; the generic trap's extra ports record as "generic". */
class ListenTest {
    private static final int[] EXTRA = freePorts();

    @RegisterExtension
    final Sensor sensor = Sensor.with("generic").set("listen.bind", "::").set("limits.trap-window", "0")
            .set("traps.generic.extra-ports", List.of(EXTRA[0], EXTRA[1]));

    private static int[] freePorts() {
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            return new int[] {a.getLocalPort(), b.getLocalPort()};
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void acceptsIpv4AndIpv6OnOneListener() throws Exception {
        int port = sensor.port("generic");
        try (Socket v4 = new Socket("127.0.0.1", port)) {
            v4.getInputStream().read();
        }
        try (Socket v6 = new Socket("::1", port)) {
            v6.getInputStream().read();
        }
        List<SessionRow> rows = sensor.awaitSessions(2);
        assertThat(rows).extracting(SessionRow::sourceIp).containsExactlyInAnyOrder("127.0.0.1", "::1");
    }

    @Test
    void extraPortsAreGenericTraps() throws Exception {
        assertThat(sensor.daemon().ports("generic")).hasSize(3).contains(EXTRA[0], EXTRA[1]);
        for (int p : EXTRA) {
            try (Socket s = new Socket("127.0.0.1", p)) {
                s.getInputStream().read();
            }
        }
        List<SessionRow> rows = sensor.awaitSessions(2);
        assertThat(rows).extracting(SessionRow::service).containsOnly("generic");
        assertThat(rows).extracting(SessionRow::destinationPort).containsExactlyInAnyOrder(EXTRA[0], EXTRA[1]);
    }
}
