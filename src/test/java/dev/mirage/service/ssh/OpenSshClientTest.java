package dev.mirage.service.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real OpenSSH client, where installed: it negotiates with us and its password is recorded. */
class OpenSshClientTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ssh").services(new Services(Map.of("ssh", SshService::new)));

    @Test
    void aPasswordFromOpenSshIsRecorded() throws Exception {
        Path ssh = Path.of("/usr/bin/ssh");
        Assumptions.assumeTrue(Files.isExecutable(ssh), "no ssh client installed");
        Path dir = Files.createTempDirectory("askpass");
        Path askpass = dir.resolve("askpass.sh");
        Files.writeString(askpass, "#!/bin/sh\necho 'Tr0ub4dor&3'\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder pb = new ProcessBuilder(List.of(ssh.toString(), "-F", "/dev/null", "-o", "BatchMode=no",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "PreferredAuthentications=password", "-o", "NumberOfPasswordPrompts=1",
                "-o", "ConnectTimeout=5", "-p", String.valueOf(sensor.port("ssh")), "operator@127.0.0.1", "true"));
        pb.environment().put("SSH_ASKPASS", askpass.toString());
        pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
        pb.environment().put("DISPLAY", ":0");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out;
        try {
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(askpass);
            Files.deleteIfExists(dir);
        }
        assertThat(out).contains("Permission denied");
        var events = sensor.events(sensor.awaitSessions(1).get(0).id());
        assertThat(SshEventsRead.attempts(events)).containsExactly("password operator Tr0ub4dor&3 failure");
        assertThat(SshEventsRead.clientInfo(events)).singleElement().asString().startsWith("ssh-version=SSH-2.0-OpenSSH_");
    }
}
