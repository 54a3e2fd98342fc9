package dev.mirage.event;

import java.time.Instant;

/** The sensor started; {@code listening} and {@code failed} count the listeners in each state. */
public record SensorStarted(Instant time, String sensor, String version, String profile, String personality,
                            int listening, int failed) implements Event {
    public static final String ACTION = "sensor.start";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Origin origin() {
        return null;
    }
}
