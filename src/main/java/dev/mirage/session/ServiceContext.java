package dev.mirage.session;

import dev.mirage.config.MirageConfig;
import dev.mirage.profile.Profile;
import java.nio.file.Path;

/** What a service is built from: the config, the active OS profile, the personality, and its data folder. */
public record ServiceContext(MirageConfig config, Profile profile, String personality, Path dataDir) {
    /** A folder of the service's own under the data directory (e.g. data/ftp for uploads); created on demand. */
    public Path folder(String service) throws java.io.IOException {
        Path p = dataDir.resolve(service);
        java.nio.file.Files.createDirectories(p);
        return p;
    }
}
