package dev.mirage.event;

import java.time.Instant;

/** A protocol command from the client: the verb as parsed, its argument, and the reply code sent back. */
public record CommandReceived(Instant time, Origin origin, String verb, String argument, String reply)
        implements Event {
    public static final String ACTION = "command";

    @Override
    public String action() {
        return ACTION;
    }
}
