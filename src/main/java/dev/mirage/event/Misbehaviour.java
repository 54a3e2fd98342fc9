package dev.mirage.event;

import java.time.Instant;

/**
 * The attacker did something a real server's owner would call abuse (an anonymous login, a relay
 * attempt, a password-file download) and the aggressive personality answered it: told them they are
 * detected and reported, then closed. {@code what} is a short kind such as {@code anonymous-login};
 * {@code detail} what was sent (a user name, a recipient, a path).
 */
public record Misbehaviour(Instant time, Origin origin, String what, String detail) implements Event {
    public static final String ACTION = "misbehaviour";

    @Override
    public String action() {
        return ACTION;
    }
}
