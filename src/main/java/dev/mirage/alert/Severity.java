package dev.mirage.alert;

import dev.mirage.event.AuthAttempt;
import dev.mirage.event.CommandReceived;
import dev.mirage.event.Event;
import dev.mirage.event.DecoyCredentialUsed;
import dev.mirage.event.FileReceived;
import dev.mirage.event.Misbehaviour;
import dev.mirage.event.HttpRequest;
import dev.mirage.event.SessionOpened;
import dev.mirage.event.SessionRefused;
import dev.mirage.event.TrapHit;
import java.util.Locale;

/** How much an event matters to the operator; a channel hears only what reaches its minimum. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    /** The severity of an event, or null for events that are context, not signals (transcripts, closes, sensor events). */
    public static Severity of(Event e) {
        return switch (e) {
            case SessionOpened s -> LOW;
            case SessionRefused s -> LOW;
            case TrapHit t -> LOW;
            case CommandReceived c -> LOW;
            case HttpRequest h -> LOW;
            // A login that works is a decoy credential being used: someone holds our bait.
            case AuthAttempt a -> a.success() ? HIGH : MEDIUM;
            case FileReceived f -> HIGH;
            case Misbehaviour m -> MEDIUM;
            // Only someone who read one of our decoy files can know this credential.
            case DecoyCredentialUsed d -> HIGH;
            default -> null;
        };
    }

    /** low, medium or high; null when it is none of them. */
    public static Severity parse(String text) {
        try {
            return text == null ? null : valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean atLeast(Severity min) {
        return compareTo(min) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
