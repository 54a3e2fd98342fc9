package dev.mirage.service.trap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TrapTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("dns", "netbus", "generic")
            .set("limits.trap-window", "300ms").set("limits.trap-bytes", "16");

    @Test
    void keepsWhatTheClientSendsAndCloses() throws Exception {
        int port = sensor.port("netbus");
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write("GetInfo\r".getBytes(StandardCharsets.US_ASCII));
            assertThat(s.getInputStream().read()).as("the trap sends nothing and closes").isEqualTo(-1);
        }
        List<SessionRow> rows = sensor.awaitSessions(1);
        assertThat(rows).hasSize(1);
        SessionRow r = rows.get(0);
        assertThat(r.service()).isEqualTo("netbus");
        assertThat(r.trap()).isTrue();
        assertThat(r.sourceIp()).isEqualTo("127.0.0.1");
        assertThat(r.destinationPort()).isEqualTo(port);
        assertThat(new String(r.payload(), StandardCharsets.US_ASCII)).isEqualTo("GetInfo\r");
        assertThat(r.status()).isEqualTo("closed");
        assertThat(r.reason()).isEqualTo("trap-window");
        assertThat(sensor.events(r.id())).extracting(e -> e.action())
                .containsExactly("session.connect", "trap.hit", "session.close");
    }

    @Test
    void keepsAtMostTrapBytesAndSaysItCut() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("dns"))) {
            s.getOutputStream().write(new byte[100]);
            s.getInputStream().read();
        }
        SessionRow r = sensor.awaitSessions(1).get(0);
        assertThat(r.payload()).hasSize(16);
        assertThat(r.reason()).isEqualTo("trap-bytes");
        assertThat(r.payloadTruncated()).isTrue();
        assertThat(java.nio.file.Files.readString(sensor.data().resolve("events.jsonl"))).contains("\"truncated\":true");
    }

    @Test
    void recordsAClientThatSendsNothing() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("generic"))) {
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        }
        SessionRow r = sensor.awaitSessions(1).get(0);
        assertThat(r.service()).isEqualTo("generic");
        assertThat(r.payload()).isEmpty();
    }

    @Test
    void recordsAClientThatHangsUpFirst() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("generic"))) {
            OutputStream out = s.getOutputStream();
            out.write("AB".getBytes(StandardCharsets.US_ASCII));
        }
        SessionRow r = sensor.awaitSessions(1).get(0);
        assertThat(r.reason()).isIn("peer", "reset");
        assertThat(r.payload()).containsExactly('A', 'B');
    }

    static int readAll(InputStream in) throws Exception {
        int n = 0;
        while (in.read() >= 0) {
            n++;
        }
        return n;
    }
}
