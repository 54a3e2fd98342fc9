package dev.mirage.sink.syslog;

import dev.mirage.alert.Alert;
import dev.mirage.alert.AlertText;
import dev.mirage.sink.Channel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Alerts to this host's system log. /dev/log is a Unix datagram socket, and Java's Unix-domain
 * support covers stream sockets only (a stream connect to /dev/log fails with EPROTOTYPE), so the
 * message is handed to util-linux logger(1), which speaks datagrams to the socket; journald and
 * rsyslog read it from there. The text is passed as one argument (no shell) and holds no control
 * character.
 */
public final class LocalSyslogChannel implements Channel {
    public static final Path SOCKET = Path.of("/dev/log");
    private static final List<Path> LOGGER = List.of(Path.of("/usr/bin/logger"), Path.of("/bin/logger"));

    private final Path logger;

    private LocalSyslogChannel(Path logger) {
        this.logger = logger;
    }

    /** Why the local log cannot be used here, or null when it can. */
    public static String unavailable() {
        if (!Files.exists(SOCKET)) {
            return "this host has no " + SOCKET;
        }
        return findLogger() == null ? "logger(1) is not installed (util-linux)" : null;
    }

    public static LocalSyslogChannel create() {
        return new LocalSyslogChannel(findLogger());
    }

    private static Path findLogger() {
        return LOGGER.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    @Override
    public String name() {
        return "local-syslog " + SOCKET;
    }

    @Override
    public boolean wants(Alert a) {
        return true;
    }

    @Override
    public void deliver(Alert a) throws IOException, InterruptedException {
        String level = switch (a.kind()) {
            case HEARTBEAT -> "info";
            case TEST -> "notice";
            default -> switch (a.severity()) {
                case LOW -> "notice";
                case MEDIUM -> "warning";
                case HIGH -> "alert";
            };
        };
        Process p = new ProcessBuilder(logger.toString(), "-u", SOCKET.toString(), "-t", "mirage", "-p", "auth." + level,
                "--", SyslogFormat.clean(AlertText.line(a))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("logger did not finish in 10 s");
        }
        if (p.exitValue() != 0) {
            throw new IOException("logger exited with " + p.exitValue());
        }
    }
}
