package dev.mirage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** bench/run --quick: the benchmark script still works end to end (a smoke test, not a measurement). */
class BenchQuickIT {
    @Test
    void quickBenchmarkPrintsTheTable() throws Exception {
        assumeTrue(Files.exists(Path.of("../shared/tools/loadgen/loadgen.c")), "no ../shared/tools/loadgen here");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/cc")) || Files.isExecutable(Path.of("/usr/bin/gcc")), "no C compiler");
        Process p = new ProcessBuilder("bench/run", "--quick").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("workload").contains("trap c=").contains("ftp c=").contains("hold").contains("cold start");
        for (String line : out.lines().filter(l -> l.startsWith("trap c=") || l.startsWith("ftp c=")).toList()) {
            String[] cols = line.trim().split("\\s+");
            String[] recorded = cols[cols.length - 1].split("/");
            assertThat(recorded[0]).as("sessions recorded = sessions completed: " + line).isEqualTo(recorded[1]);
        }
    }
}
