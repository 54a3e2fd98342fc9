package dev.mirage.personality;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Hands each new session of a service its own {@link Chance}: the n-th session of "ftp" under one seed always gets the same dice. */
public final class Chances {
    private final long seed;
    private final Map<String, AtomicLong> sessions = new ConcurrentHashMap<>();

    public Chances(long seed) {
        this.seed = seed;
    }

    /** The dice of the next session of this service. */
    public Chance next(String service) {
        long n = sessions.computeIfAbsent(service, s -> new AtomicLong()).incrementAndGet();
        long h = seed;
        for (byte b : service.getBytes(StandardCharsets.US_ASCII)) {
            h = h * 1_000_003L + b;
        }
        return new Chance(h * 0x9E3779B97F4A7C15L + n);
    }
}
