package dev.mirage.decoy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * This installation's own secret: 32 random bytes made on first start in DATA/install.key and kept.
 * Decoy credentials and the default seed of the strange and failing personalities derive from it,
 * so no two sensors share them and a restart keeps them (a password stolen last week still matches).
 */
public final class Install {
    static final String FILE = "install.key";
    private final byte[] key;

    private Install(byte[] key) {
        this.key = key;
    }

    /** Reads DATA/install.key, making it first when absent. */
    public static Install open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path f = dataDir.resolve(FILE);
        if (!Files.exists(f)) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                Files.write(f, fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the data folder's own permissions guard it
                }
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: read theirs
            }
        }
        byte[] key = Files.readAllBytes(f);
        if (key.length < 16) {
            throw new IOException(f + " is damaged (" + key.length + " bytes); delete it to make a new one"
                    + " (this installation's decoy credentials change with it)");
        }
        return new Install(key);
    }

    /** A fixed installation for tests and tools. */
    public static Install of(byte[] key) {
        return new Install(key.clone());
    }

    public byte[] key() {
        return key.clone();
    }

    /** The default seed of the strange and failing personalities (sensor.seed: 0). */
    public long seed() {
        return ByteBuffer.wrap(key).getLong();
    }
}
