package dev.mirage.core;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Concurrent sessions per source and in total (limits.per-source, limits.total). */
final class ConnectionLimiter {
    private final int perSource;
    private final int total;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> bySource = new ConcurrentHashMap<>();
    final java.util.concurrent.atomic.LongAdder accepted = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder refused = new java.util.concurrent.atomic.LongAdder();

    ConnectionLimiter(int perSource, int total) {
        this.perSource = perSource;
        this.total = total;
    }

    /** Takes a slot for the source, or returns the name of the limit that refuses it. */
    String acquire(String source) {
        if (open.incrementAndGet() > total) {
            open.decrementAndGet();
            return "limit-total";
        }
        boolean[] refused = new boolean[1];
        bySource.compute(source, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= perSource) {
                refused[0] = true;
                return now;
            }
            return now + 1;
        });
        if (refused[0]) {
            open.decrementAndGet();
            return "limit-per-source";
        }
        return null;
    }

    void release(String source) {
        bySource.computeIfPresent(source, (k, n) -> n <= 1 ? null : n - 1);
        open.decrementAndGet();
    }

    int open() {
        return open.get();
    }
}
