package dev.mirage.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirage.testing.Cli;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM under load: the process exits 0 and every connection it accepted is in the store. */
class SigtermIT {
    @TempDir
    Path dir;

    @Test
    void stopsCleanlyAndLosesNothing() throws Exception {
        int[] ports = MirageProcess.freePorts(7);
        Path config = MirageProcess.trapConfig(dir, ports, "limits: { trap-window: 300ms }\n");
        Path data = dir.resolve("data");
        Set<String> served = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        try (MirageProcess m = MirageProcess.start("run", "--config", config.toString(), "--data", data.toString())) {
            m.await("ready:", 20_000);
            AtomicBoolean go = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(50);
            for (int c = 0; c < 50; c++) {
                int client = c;
                pool.submit(() -> {
                    int n = 0;
                    while (go.get()) {
                        int port = ports[(client + n++) % ports.length];
                        attempts.incrementAndGet();
                        try (Socket s = new Socket()) {
                            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                            s.setSoTimeout(5000);
                            s.getOutputStream().write(("hit " + client).getBytes(StandardCharsets.US_ASCII));
                            if (s.getInputStream().read() == -1) {
                                // A clean close: the sensor accepted this connection, so it must be recorded.
                                served.add("127.0.0.1:" + s.getLocalPort());
                            }
                        } catch (Exception refusedOrReset) {
                            // Not accepted (listener closed, or reset in the backlog): nothing to check.
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(1500);
            int exit = m.stop();
            go.set(false);
            pool.shutdown();
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(exit).as(String.join("\n", m.output)).isZero();
            assertThat(m.output).anyMatch(l -> l.startsWith("stopped:"));
        }
        assertThat(served).as("connections served before the stop").hasSizeGreaterThan(50);

        Cli logs = Cli.run("logs", "--data", data.toString(), "--format", "json");
        assertThat(logs.exitCode()).as(logs.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        Set<String> recorded = new HashSet<>();
        for (String line : logs.out().split("\n")) {
            JsonNode s = json.readTree(line);
            recorded.add(s.at("/source/ip").asText() + ":" + s.at("/source/port").asInt());
            assertThat(s.at("/mirage/session/status").asText()).as("no session left open: " + line).isIn("closed", "refused");
        }
        assertThat(recorded).containsAll(served);
        assertThat(Files.readString(data.resolve("events.jsonl"))).contains("\"action\":\"sensor.stop\"");
    }
}
