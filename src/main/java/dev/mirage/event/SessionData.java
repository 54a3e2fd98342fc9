package dev.mirage.event;

import java.time.Instant;

/** Raw bytes of the transcript; {@code inbound} is true for what the client sent. */
public record SessionData(Instant time, Origin origin, boolean inbound, byte[] data) implements Event {
    public static final String ACTION = "session.data";

    @Override
    public String action() {
        return ACTION;
    }
}
