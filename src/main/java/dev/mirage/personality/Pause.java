package dev.mirage.personality;

/** The one way a personality makes a reply wait (strange hesitations, a failing server's slowness). */
public final class Pause {
    private Pause() {
    }

    /** Sleeps this long; 0 or less is no pause. An interrupt (a shutdown) ends it at once, the flag kept. */
    public static void of(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
