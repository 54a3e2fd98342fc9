package dev.mirage.service.ftp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Where uploads go: data/ftp/quarantine, one file per distinct upload named by its SHA-256 (never
 * by the name the client gave), without execute permission, capped per file (upload-max) and in
 * total (quarantine-max). Past a cap the bytes are still read and hashed, but not kept.
 */
public final class Quarantine {
    private final Path dataDir;
    private final Path dir;
    private final long fileMax;
    private final long totalMax;
    private final AtomicLong used;

    /** What was received: size and hash of every byte read, where it is kept (null: not kept). */
    public record Result(long size, String sha256, String stored, boolean truncated, boolean aborted) {
    }

    public Quarantine(Path dataDir, Path dir, long fileMax, long totalMax) {
        this.dataDir = dataDir;
        this.dir = dir;
        this.fileMax = fileMax;
        this.totalMax = totalMax;
        this.used = new AtomicLong(sizeOf(dir));
    }

    private static long sizeOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> {
                try {
                    return Files.isRegularFile(p) ? Files.size(p) : 0;
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Reads at most {@code readLimit} bytes; {@code truncated} when the client had more. */
    public Result receive(InputStream in, long readLimit) {
        MessageDigest sha = sha256();
        Path part = null;
        OutputStream out = null;
        long reserved = 0;
        long total = 0;
        boolean truncated = false;
        boolean aborted = false;
        try {
            Files.createDirectories(dir);
            part = dir.resolve(".part-" + UUID.randomUUID());
            out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            restrict(part);
        } catch (IOException e) {
            out = close(out);
        }
        byte[] buf = new byte[16384];
        try {
            while (total < readLimit) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, readLimit - total));
                if (n < 0) {
                    break;
                }
                sha.update(buf, 0, n);
                total += n;
                if (out != null) {
                    if (total > fileMax || !reserve(n)) {
                        out = close(out);
                    } else {
                        reserved += n;
                        try {
                            out.write(buf, 0, n);
                        } catch (IOException e) {
                            out = close(out);
                        }
                    }
                }
            }
            if (total >= readLimit && in.read() >= 0) {
                truncated = true;
            }
        } catch (IOException e) {
            aborted = true;
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        String stored = null;
        boolean keptBefore = false;
        if (out != null && !truncated) {
            out = close(out);
            Path target = dir.resolve(hash);
            keptBefore = Files.exists(target);
            if (keptBefore || move(part, target)) {
                stored = dataDir.relativize(target).toString().replace('\\', '/');
            }
        }
        close(out);
        if (stored == null || keptBefore) {
            used.addAndGet(-reserved);
        }
        delete(part);
        return new Result(total, hash, stored, truncated, aborted);
    }

    private static boolean move(Path part, Path target) {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return Files.exists(target);
        }
    }

    private boolean reserve(long n) {
        while (true) {
            long u = used.get();
            if (u + n > totalMax) {
                return false;
            }
            if (used.compareAndSet(u, u + n)) {
                return true;
            }
        }
    }

    private static void restrict(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: the default permissions have no execute bit either.
        }
    }

    private static OutputStream close(OutputStream out) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // Nothing more to keep.
            }
        }
        return null;
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // A stray part file is harmless and size-capped.
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
