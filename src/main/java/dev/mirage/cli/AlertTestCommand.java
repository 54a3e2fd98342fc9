package dev.mirage.cli;

import dev.mirage.alert.Alert;
import dev.mirage.config.MirageConfig;
import dev.mirage.sink.Channel;
import dev.mirage.sink.Channels;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Sends one test alert through every configured channel, at once and without retry, and says per channel how it went. */
@Command(name = "alert-test", mixinStandardHelpOptions = true,
        description = "Send one test alert through every configured alert channel; print, per channel, delivered or why not.")
public final class AlertTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        MirageConfig config = options.load(o -> { });
        PrintWriter out = spec.commandLine().getOut();
        Channels channels = Channels.from(config);
        if (channels.channels().isEmpty() && channels.unavailable().isEmpty()) {
            out.println("no alert channel is configured (see alerts: in README.md)");
            out.flush();
            return 1;
        }
        Alert test = Alert.test(config.sensor().name(), Instant.now());
        int failed = channels.unavailable().size();
        channels.unavailable().forEach(out::println);
        for (Channel c : channels.channels()) {
            try (c) {
                c.deliver(test);
                out.println(c.name() + ": delivered");
            } catch (Exception e) {
                failed++;
                out.println(c.name() + ": not delivered: " + reason(e));
            }
            out.flush();
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String reason(Throwable e) {
        StringBuilder b = new StringBuilder(String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
            b.append(" (").append(c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage()).append(')');
        }
        return b.toString().replaceAll("[\\r\\n]+", " ");
    }
}
