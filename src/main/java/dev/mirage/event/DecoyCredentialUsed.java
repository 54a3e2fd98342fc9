package dev.mirage.event;

import java.time.Instant;

/**
 * A credential from one of our decoy password files was tried: whoever tries it read that file
 * (here or a copy elsewhere), so this is a high alert whatever the service answered. Recorded next
 * to the {@link AuthAttempt} it came from; {@code file} is the decoy's path as the profile offers it.
 */
public record DecoyCredentialUsed(Instant time, Origin origin, String method, String user, String file,
                                  String strength) implements Event {
    public static final String ACTION = "decoy.credential.used";

    @Override
    public String action() {
        return ACTION;
    }
}
