package dev.mirage.service.trap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TrapWindowZeroTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("sub7", "bo2k").set("limits.trap-window", "0");

    @Test
    void closesAtOnceAsSpecterDid() throws Exception {
        long start = System.nanoTime();
        try (Socket s = new Socket("127.0.0.1", sensor.port("sub7"))) {
            s.setSoTimeout(5000);
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(900);
        SessionRow r = sensor.sessions().get(0);
        assertThat(r.service()).isEqualTo("sub7");
        assertThat(r.reason()).isEqualTo("trap-window");
    }
}
