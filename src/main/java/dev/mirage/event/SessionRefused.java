package dev.mirage.event;

import java.time.Instant;

/** A connection was accepted and closed at once because a limit was reached (per-source, total, shutdown). */
public record SessionRefused(Origin origin, String reason) implements Event {
    public static final String ACTION = "session.refused";

    @Override
    public Instant time() {
        return origin.start();
    }

    @Override
    public String action() {
        return ACTION;
    }
}
