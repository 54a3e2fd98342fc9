package dev.mirage.event;

import java.time.Instant;

/**
 * A file the attacker sent: an FTP upload or a mail given to the SMTP service. {@code stored} is
 * its path under the data directory, or null when a cap stopped us keeping it (the hash and size
 * are still recorded); {@code truncated} when only the first {@code size} bytes were read.
 */
public record FileReceived(Instant time, Origin origin, String kind, String name, long size, String sha256,
                           String stored, boolean truncated) implements Event {
    public static final String ACTION = "file.received";

    @Override
    public String action() {
        return ACTION;
    }
}
