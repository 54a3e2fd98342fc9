package dev.mirage.service.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real OpenSSH client, where installed: it negotiates with us, its password is recorded, weak accounts reach the fake shell. */
class OpenSshClientTest {
    private static final Path SSH = Path.of("/usr/bin/ssh");

    @RegisterExtension
    final Sensor sensor = Sensor.with("ssh").services(new Services(Map.of("ssh", SshService::new)));

    /** What ssh printed (stdout and stderr) and its exit code. */
    private record Run(String out, int code) {
    }

    /** Runs ssh with the password given by askpass and {@code stdin} as its input ("" for none). */
    private static Run ssh(int port, String password, String stdin, String... args) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(SSH), "no ssh client installed");
        Path dir = Files.createTempDirectory("askpass");
        Path askpass = dir.resolve("askpass.sh");
        Path input = dir.resolve("stdin");
        Files.writeString(askpass, "#!/bin/sh\necho '" + password + "'\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(input, stdin);
        List<String> command = new ArrayList<>(List.of(SSH.toString(), "-F", "/dev/null", "-o", "BatchMode=no",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "PreferredAuthentications=password", "-o", "NumberOfPasswordPrompts=1",
                "-o", "ConnectTimeout=5", "-p", String.valueOf(port)));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SSH_ASKPASS", askpass.toString());
        pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
        pb.environment().put("DISPLAY", ":0");
        pb.redirectInput(ProcessBuilder.Redirect.from(input.toFile()));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        try {
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            return new Run(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8), p.exitValue());
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(askpass);
            Files.deleteIfExists(input);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void aPasswordFromOpenSshIsRecorded() throws Exception {
        Run run = ssh(sensor.port("ssh"), "Tr0ub4dor&3", "", "operator@127.0.0.1", "true");
        assertThat(run.out()).contains("Permission denied");
        var events = sensor.events(sensor.awaitSessions(1).get(0).id());
        assertThat(SshEventsRead.attempts(events)).containsExactly("password operator Tr0ub4dor&3 failure");
        assertThat(SshEventsRead.clientInfo(events)).singleElement().asString().startsWith("ssh-version=SSH-2.0-OpenSSH_");
    }

    @Test
    void aWeakAccountRunsCommandsInTheFakeShell() throws Exception {
        Run exec = ssh(sensor.port("ssh"), "guest", "", "guest@127.0.0.1", "uname -a");
        assertThat(exec).isEqualTo(new Run("Linux www 2.4.18-3 #1 Thu Apr 18 07:37:53 EDT 2002 i686 unknown\n", 0));
        Run missing = ssh(sensor.port("ssh"), "guest", "", "guest@127.0.0.1", "nproc");
        assertThat(missing).isEqualTo(new Run("-bash: nproc: command not found\n", 127));
        // -tt: a terminal although our stdin is a file, as a bot driving an interactive session has.
        Run shell = ssh(sensor.port("ssh"), "guest", "id\nexit\n", "-tt", "guest@127.0.0.1");
        assertThat(shell.out()).contains("Last login: Mon Nov 25 17:02:41 2002 from 10.1.1.20\r\n[guest@www guest]$ ",
                "uid=500(guest) gid=500(guest) groups=500(guest)\r\n[guest@www guest]$ ", "logout\r\n");
        assertThat(shell.code()).isZero();
        var rows = sensor.awaitSessions(3);
        assertThat(SshEventsRead.commands(sensor.events(rows.get(0).id()))).singleElement().asString()
                .startsWith("exec uname -a -> Linux www");
        assertThat(SshEventsRead.commands(sensor.events(rows.get(2).id()))).containsExactly(
                "shell id -> uid=500(guest) gid=500(guest) groups=500(guest)\n[guest@www guest]$  ",
                "shell exit -> logout\n ");
    }

    @Test
    void aggressiveTellsARootLoginItWasDetected() throws Exception {
        Sensor aggressive = Sensor.with("ssh").services(new Services(Map.of("ssh", SshService::new)))
                .set("sensor.personality", "aggressive");
        aggressive.start();
        try {
            Run run = ssh(aggressive.port("ssh"), "toor", "", "root@127.0.0.1", "id");
            assertThat(run.out()).contains("Access denied. This login attempt has been logged and reported to the "
                    + "system administrator.");
            assertThat(run.code()).isNotZero();
            assertThat(aggressive.awaitSessions(1).get(0).reason()).isEqualTo("detected");
        } finally {
            aggressive.afterEach(null);
        }
    }
}
