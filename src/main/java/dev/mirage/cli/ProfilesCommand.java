package dev.mirage.cli;

import dev.mirage.config.MirageConfig;
import dev.mirage.profile.Profile;
import dev.mirage.profile.Profiles;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the OS profiles, one a line: the id --profile takes, then the system's full name and era. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = "List the OS profiles (built in, and those of sensor.profiles): id, full system name, era.")
public final class ProfilesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        MirageConfig config = options.load(o -> { });
        Profiles profiles = Profiles.of(config.sensor().profiles());
        List<String> own = profiles.userIds();
        List<String> ids = profiles.ids();
        int width = ids.stream().mapToInt(String::length).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (String id : ids) {
            Profile p = profiles.load(id);
            out.printf("%-" + width + "s  %s (%s)%s%n", id, p.name(), p.era(), own.contains(id) ? "  [" + p.source() + "]" : "");
        }
        out.flush();
        return 0;
    }
}
