package dev.mirage.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT start a clean stop. Handling them (rather than relying on shutdown hooks)
 * lets the process finish recording and exit 0 as a service manager expects.
 */
final class Signals {
    private Signals() {
    }

    static void onTerminate(Runnable action) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), s -> action.run());
            } catch (IllegalArgumentException e) {
                // Signal not available on this platform; the default handling stays.
            }
        }
    }
}
