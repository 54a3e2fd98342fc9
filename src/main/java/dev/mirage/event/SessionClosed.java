package dev.mirage.event;

import java.time.Instant;

/** A session ended; {@code reason} is one of the close reasons in docs/EVENTS.md. */
public record SessionClosed(Instant time, Origin origin, String reason, long bytesIn, long bytesOut)
        implements Event {
    public static final String ACTION = "session.close";

    @Override
    public String action() {
        return ACTION;
    }
}
