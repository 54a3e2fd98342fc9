package dev.mirage.cli;

import dev.mirage.config.MirageConfig;
import dev.mirage.profile.ProfileCheck;
import dev.mirage.profile.Profiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Validates a config: exit 0 when good, 2 with the key, value and fix when not. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate a configuration file and show the listeners it gives.")
public final class CheckCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        MirageConfig config = options.load(o -> { });
        // The active profile and every profile of the user's folder must hold all keys and agree with themselves.
        Profiles profiles = Profiles.of(config.sensor().profiles());
        ProfileCheck.check(profiles.load(config.sensor().profile()));
        for (String id : profiles.userIds()) {
            ProfileCheck.check(profiles.load(id));
        }
        spec.commandLine().getOut().printf("config ok: sensor %s, profile %s, personality %s, data %s%n", config.sensor().name(),
                config.sensor().profile(), config.sensor().personality(), config.data());
        for (MirageConfig.ListenerSpec l : config.listeners()) {
            spec.commandLine().getOut().printf("  %-8s %-6s port %-5d (%s)%n", l.service(), l.trap() ? "trap" : "service", l.port(), l.key());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
