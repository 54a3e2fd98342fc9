package dev.mirage.event;

import java.time.Instant;

/**
 * A credential was tried. {@code secret} is the password as sent, or a key fingerprint when
 * {@code method} is publickey; {@code success} says whether the emulated service let it in.
 */
public record AuthAttempt(Instant time, Origin origin, String method, String user, String secret, boolean success)
        implements Event {
    public static final String ACTION = "auth.attempt";

    @Override
    public String action() {
        return ACTION;
    }
}
