package dev.mirage.event;

import java.time.Instant;
import java.util.List;

/**
 * A protocol command from the client: the verb as parsed, its argument, the reply sent back (code
 * and text as the client saw it), and tags naming what it looks like (ftp-bounce, refused, ...).
 */
public record CommandReceived(Instant time, Origin origin, String verb, String argument, String reply,
                              List<String> tags) implements Event {
    public static final String ACTION = "command";

    public CommandReceived {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public CommandReceived(Instant time, Origin origin, String verb, String argument, String reply) {
        this(time, origin, verb, argument, reply, List.of());
    }

    @Override
    public String action() {
        return ACTION;
    }
}
