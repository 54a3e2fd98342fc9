package dev.mirage.event;

import java.time.Instant;

/**
 * Something the client said about itself: {@code kind} is ssh-version, http-user-agent,
 * telnet-terminal, smtp-helo, ...; {@code value} is what it sent.
 */
public record ClientInfo(Instant time, Origin origin, String kind, String value) implements Event {
    public static final String ACTION = "client.info";

    @Override
    public String action() {
        return ACTION;
    }
}
