package dev.mirage.event;

import java.time.Instant;

/** A connection was accepted and became a session. */
public record SessionOpened(Origin origin) implements Event {
    public static final String ACTION = "session.connect";

    @Override
    public Instant time() {
        return origin.start();
    }

    @Override
    public String action() {
        return ACTION;
    }
}
