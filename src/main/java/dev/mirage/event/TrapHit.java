package dev.mirage.event;

import java.time.Instant;

/** A trap kept what the client sent in its window: at most limits.trap-bytes, {@code truncated} when there was more. */
public record TrapHit(Instant time, Origin origin, byte[] payload, boolean truncated) implements Event {
    public static final String ACTION = "trap.hit";

    @Override
    public String action() {
        return ACTION;
    }
}
