package dev.mirage.service.pop3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** curl, as a new user would try it: pop3:// lists a configured mailbox; a wrong password is recorded. */
class Pop3CurlTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("pop3").services(Pop3Fixture.services());

    @BeforeAll
    static void curlInstalled() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed");
    }

    private record Result(int exit, String out) {
    }

    private Result curl(String userPass) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/curl", "-s", "--max-time", "10",
                "pop3://127.0.0.1:" + sensor.port("pop3") + "/", "--user", userPass)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(15, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    @Test
    void listsTheMailboxOfAConfiguredAccount() throws Exception {
        Result r = curl("alice:s3cret");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).hasSize(2).allMatch(l -> l.matches("[12] \\d+"));
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(sensor.events(row.id())).filteredOn(e -> e.action().equals("auth.attempt")).singleElement()
                .satisfies(e -> assertThat(e.json()).contains("\"name\":\"alice\"", "\"outcome\":\"success\""));
    }

    @Test
    void wrongPasswordIsRecorded() throws Exception {
        Result r = curl("alice:letmein");
        assertThat(r.exit()).isNotZero();
        List<SessionRow> rows = sensor.awaitSessions(1);
        assertThat(sensor.events(rows.get(0).id())).filteredOn(e -> e.action().equals("auth.attempt")).singleElement()
                .satisfies(e -> assertThat(e.json()).contains("\"name\":\"alice\"", "\"secret\":\"letmein\"",
                        "\"outcome\":\"failure\""));
    }
}
