package dev.mirage.session;

import dev.mirage.config.MirageConfig;
import dev.mirage.decoy.Decoys;
import dev.mirage.personality.Chance;
import dev.mirage.personality.Chances;
import dev.mirage.personality.Personality;
import dev.mirage.profile.Profile;
import java.nio.file.Path;

/**
 * What a service is built from: the config, the active OS profile, its data folder, this
 * installation's decoys and the dice of the strange and failing personalities.
 */
public record ServiceContext(MirageConfig config, Profile profile, Path dataDir, Decoys decoys, Chances chances) {
    /** A context with no decoys and dice seeded from sensor.seed (tests and tools). */
    public static ServiceContext of(MirageConfig config, Profile profile) {
        return new ServiceContext(config, profile, config.dataDir(), Decoys.none(), new Chances(config.sensor().seed()));
    }

    /** The personality of one service: its own override (services.NAME.personality) or the sensor's. */
    public Personality personality(String service) {
        String own = config.services().personalities().getOrDefault(service, "");
        return Personality.of(own.isEmpty() ? config.sensor().personality() : own);
    }

    /** The dice of a new session of this service. */
    public Chance chance(String service) {
        return chances.next(service);
    }

    /** A folder of the service's own under the data directory (e.g. data/ftp for uploads); created on demand. */
    public Path folder(String service) throws java.io.IOException {
        Path p = dataDir.resolve(service);
        java.nio.file.Files.createDirectories(p);
        return p;
    }
}
