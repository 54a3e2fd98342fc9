package dev.mirage.cli;

import dev.mirage.config.ConfigLoader;
import dev.mirage.config.Overrides;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --data DIR, or --config FILE to read its data key; default: the embedded default data directory. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory of the sensor (default: the config's data key).")
    String data;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file whose data key to use.")
    Path config;

    Path dir() {
        return ConfigLoader.load(config, new Overrides().set("data", data)).dataDir();
    }
}
