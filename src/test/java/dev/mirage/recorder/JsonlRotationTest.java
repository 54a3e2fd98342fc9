package dev.mirage.recorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirage.testing.Sensor;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** events.jsonl rotates by size, the oldest rotated files go past the total cap, and no line is ever cut. */
class JsonlRotationTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("dns").set("limits.trap-window", "0")
            .set("jsonl.max-size", "8KiB").set("jsonl.max-total", "32KiB");

    @Test
    void rotatesAndCapsTheFilesWithoutCuttingALine() throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Socket s = new Socket("127.0.0.1", sensor.port("dns"))) {
                s.getInputStream().read();
            }
        }
        assertThat(sensor.awaitSessions(200)).hasSize(200);
        List<Path> files;
        try (Stream<Path> all = Files.list(sensor.data())) {
            files = all.filter(p -> p.getFileName().toString().matches("events.*\\.jsonl")).sorted().toList();
        }
        assertThat(files.size()).as("rotated files kept besides events.jsonl").isGreaterThan(2);
        long total = 0;
        ObjectMapper json = new ObjectMapper();
        for (Path f : files) {
            total += Files.size(f);
            assertThat(Files.size(f)).isLessThanOrEqualTo(8 * 1024);
            for (String line : Files.readAllLines(f)) {
                assertThat(json.readTree(line).at("/event/action").asText()).as(f + ": " + line).isNotEmpty();
            }
        }
        assertThat(total).isLessThanOrEqualTo(32 * 1024 + 8 * 1024);
    }
}
