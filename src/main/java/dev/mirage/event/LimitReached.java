package dev.mirage.event;

import java.time.Instant;

/** A session hit a limit (idle, max-bytes, max-line, commands) and was ended or refused input. */
public record LimitReached(Instant time, Origin origin, String limit, long value) implements Event {
    public static final String ACTION = "session.limit";

    @Override
    public String action() {
        return ACTION;
    }
}
