package dev.mirage.recorder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.testing.Sensor;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A recorder with a tiny queue makes services wait, counts it, and still records every event. */
class BackpressureTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("dns").set("limits.queue", 2).set("limits.trap-window", "0");

    @Test
    void waitsAndCountsButDropsNothing() throws Exception {
        int port = sensor.port("dns");
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                jobs.add(pool.submit(() -> {
                    try (Socket s = new Socket("127.0.0.1", port)) {
                        s.getOutputStream().write(1);
                        s.getInputStream().read();
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        }
        assertThat(sensor.awaitSessions(300)).hasSize(300)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo("closed"));
        sensor.settle();
        long events = java.nio.file.Files.readAllLines(sensor.data().resolve("events.jsonl")).stream()
                .filter(l -> l.contains("\"action\":\"session.") || l.contains("\"action\":\"trap.hit\"")).count();
        assertThat(events).as("connect, hit and close of each session").isEqualTo(900);
        assertThat(sensor.daemon().recorder().backpressureCount()).isPositive();
    }
}
