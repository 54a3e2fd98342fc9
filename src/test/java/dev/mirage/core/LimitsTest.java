package dev.mirage.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LimitsTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("imap4").set("limits.per-source", 3).set("limits.trap-window", "2s");

    @Test
    void refusesPastThePerSourceLimitAndRecordsTheRefusal() throws Exception {
        int port = sensor.port("imap4");
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(new Socket("127.0.0.1", port));
            }
            while (sensor.daemon().openSessions() < 3) {
                Thread.sleep(5);
            }
            try (Socket extra = new Socket("127.0.0.1", port)) {
                extra.setSoTimeout(3000);
                assertThat(extra.getInputStream().read()).as("refused at once").isEqualTo(-1);
            }
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
        List<SessionRow> rows = sensor.sessions();
        assertThat(rows).hasSize(4);
        assertThat(rows).filteredOn(r -> r.status().equals("refused")).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("limit-per-source"));
        assertThat(rows).extracting(SessionRow::attemptTotal).containsExactlyInAnyOrder(1, 2, 3, 4);
    }
}
