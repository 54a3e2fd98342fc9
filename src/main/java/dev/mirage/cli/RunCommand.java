package dev.mirage.cli;

import dev.mirage.Version;
import dev.mirage.config.MirageConfig;
import dev.mirage.core.Daemon;
import dev.mirage.core.Services;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the sensor until SIGTERM or SIGINT, then stops cleanly and exits 0. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Start the sensor on the configured ports.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--no-console", description = "Do not start the local web console.")
    boolean noConsole;

    @Option(names = "--console-port", paramLabel = "P", description = "Port of the local web console (key: console.port).")
    Integer consolePort;

    @Override
    public Integer call() throws Exception {
        MirageConfig config = options.load(o -> o.set("console.port", consolePort).set("console.enabled", noConsole ? false : null));
        PrintStream out = System.out;
        if ("root".equals(System.getProperty("user.name"))) {
            out.println("warning: running as root. Mirage needs no root: grant CAP_NET_BIND_SERVICE or use --port-offset.");
        }
        out.printf("mirage %s: sensor %s, profile %s, personality %s, data %s%n", Version.get(),
                config.sensor().name(), config.sensor().profile(), config.sensor().personality(),
                config.dataDir().toAbsolutePath().normalize());
        Daemon daemon = new Daemon(config, Services.standard());
        CountDownLatch stop = new CountDownLatch(1);
        Signals.onTerminate(stop::countDown);
        try {
            daemon.start(out);
        } catch (Exception e) {
            daemon.stop();
            throw e;
        }
        if (daemon.listening() == 0) {
            out.println("nothing is listening: every listener failed (see above).");
            daemon.stop();
            return 1;
        }
        out.printf("ready: %d listening, %d failed. Stop with Ctrl-C or SIGTERM.%n", daemon.listening(), daemon.failed());
        out.flush();
        stop.await();
        out.println("stopping: no new connections; recording the sessions in progress.");
        daemon.stop();
        out.printf("stopped: %d events recorded.%n", daemon.recorder().committedCount());
        return 0;
    }
}
