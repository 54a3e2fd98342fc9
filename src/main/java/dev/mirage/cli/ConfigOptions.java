package dev.mirage.cli;

import dev.mirage.config.ConfigLoader;
import dev.mirage.config.MirageConfig;
import dev.mirage.config.Overrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that override common config keys; shared by run and check. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML config; it need hold only the keys it changes.")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (key: data).")
    String data;

    @Option(names = "--profile", paramLabel = "ID", description = "OS profile (key: sensor.profile).")
    String profile;

    @Option(names = "--personality", paramLabel = "P",
            description = "open, secure, failing, strange or aggressive (key: sensor.personality).")
    String personality;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Listen address (key: listen.bind).")
    String bind;

    @Option(names = "--port-offset", paramLabel = "N",
            description = "Added to every port below 1024, to run without privileges (key: listen.port-offset).")
    Integer portOffset;

    @Option(names = "--port", paramLabel = "NAME=PORT", description = "Port of one service or trap, e.g. ftp=2121 (repeatable).")
    List<String> ports = new ArrayList<>();

    Overrides overrides() {
        Overrides o = new Overrides()
                .set("data", data)
                .set("sensor.profile", profile)
                .set("sensor.personality", personality)
                .set("listen.bind", bind)
                .set("listen.port-offset", portOffset);
        ports.forEach(o::port);
        return o;
    }

    MirageConfig load(java.util.function.Consumer<Overrides> extra) {
        Overrides o = overrides();
        extra.accept(o);
        return ConfigLoader.load(config, o);
    }
}
