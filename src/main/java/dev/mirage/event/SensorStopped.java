package dev.mirage.event;

import java.time.Instant;

/** The sensor stopped cleanly, with the totals of this run. */
public record SensorStopped(Instant time, String sensor, long sessions, long refused, long backpressure)
        implements Event {
    public static final String ACTION = "sensor.stop";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Origin origin() {
        return null;
    }
}
