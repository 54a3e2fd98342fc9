package dev.mirage.service.shell;

import dev.mirage.personality.Chance;

/** The strange personality's hesitation: a pause drawn from the session's dice, never longer than the policy's bound. */
public final class Delay {
    private Delay() {
    }

    /** Sleeps between 0 and {@code maxMillis} (nothing when the bound is 0). */
    public static void pause(Chance chance, int maxMillis) {
        if (maxMillis <= 0) {
            return;
        }
        dev.mirage.personality.Pause.of(chance.between(0, maxMillis));
    }
}
