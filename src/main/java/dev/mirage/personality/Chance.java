package dev.mirage.personality;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The dice of one session, for the strange and failing personalities. Seeded from the sensor's seed,
 * the service and the session's number within that service, so a run with a fixed
 * {@code sensor.seed} repeats exactly (tests rely on it) and two installations never behave alike.
 * Not for secrets: nothing here needs to be unpredictable to the attacker beyond being irregular.
 */
public final class Chance {
    private final SplittableRandom random;

    public Chance(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** True in about {@code percent} of 100 calls. */
    public boolean percent(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A number in [0, bound). */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** A number in [from, to]. */
    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** One of the items; the list must not be empty. */
    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
