package dev.mirage.service.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * This installation's own host keys, made on first start in data/ssh and kept there (OpenSSH
 * private-key format, owner-only), so a restart shows the same fingerprints and no two sensors
 * share a key. RSA is what a 2002 OpenSSH had; ECDSA lets today's clients connect too.
 */
final class HostKeys {
    private HostKeys() {
    }

    static KeyPairProvider load(Path folder) throws IOException {
        List<KeyPair> keys = new ArrayList<>();
        keys.add(one(folder.resolve("ssh_host_rsa_key"), "RSA", 2048));
        keys.add(one(folder.resolve("ssh_host_ecdsa_key"), "EC", 256));
        return KeyPairProvider.wrap(keys);
    }

    private static KeyPair one(Path file, String algorithm, int size) throws IOException {
        SimpleGeneratorHostKeyProvider p = new SimpleGeneratorHostKeyProvider(file);
        p.setAlgorithm(algorithm);
        p.setKeySize(size);
        p.setStrictFilePermissions(false);
        List<KeyPair> loaded;
        try {
            loaded = p.loadKeys(null);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new IOException("host key " + file + ": " + e.getMessage(), e);
        }
        if (loaded == null || loaded.isEmpty()) {
            throw new IOException("host key " + file + " could be neither read nor made");
        }
        ownerOnly(file);
        return loaded.get(0);
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the data directory's own permissions protect it.
        }
    }
}
