package dev.mirage.event;

import java.time.Instant;

/** A listener started or failed to; {@code reason} says why it failed (null when listening). */
public record ListenerStatus(Instant time, String sensor, String service, String key, String address, int port,
                             boolean listening, String reason) implements Event {
    public static final String ACTION = "listener.status";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Origin origin() {
        return null;
    }
}
