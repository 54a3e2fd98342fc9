package dev.mirage.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** hydra, as an attacker runs it, against FTP: it completes, and every pair it tried is on record. */
class HydraTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp").set("sensor.personality", "secure");

    @TempDir
    Path dir;

    @Test
    void everyPairHydraTriesIsRecorded() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/hydra")), "hydra is not installed");
        Files.writeString(dir.resolve("users"), "root\nadmin\noracle\n");
        Files.writeString(dir.resolve("passwords"), "123456\nletmein\n");
        Process p = new ProcessBuilder("hydra", "-L", dir.resolve("users").toString(), "-P",
                dir.resolve("passwords").toString(), "-s", Integer.toString(sensor.port("ftp")), "-t", "2", "-I", "-f",
                "ftp://127.0.0.1").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("0 valid password");
        List<SessionRow> rows = sensor.sessions();
        Set<String> tried = new HashSet<>();
        rows.forEach(r -> r.credentials().forEach(c -> tried.add(c.user() + "/" + c.secret())));
        assertThat(tried).contains("root/123456", "root/letmein", "admin/123456", "admin/letmein",
                "oracle/123456", "oracle/letmein");
    }
}
