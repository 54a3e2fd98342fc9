package dev.mirage.session;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Session ids: 10 characters of milliseconds, then 10 of a per-process random part above a counter,
 * Crockford base32, so they sort by time and, within one millisecond, in the order they were made
 * (queries order by start, then id: sessions of one millisecond list as they came).
 */
public final class SessionIds {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    /** 30 random bits per process keep ids of two sensors on one data folder apart; 20 counter bits order them. */
    private static final long PROCESS = ThreadLocalRandom.current().nextLong() & ((1L << 30) - 1);
    private static final AtomicLong COUNTER = new AtomicLong();

    private SessionIds() {
    }

    public static String next(long epochMillis) {
        char[] out = new char[20];
        long t = epochMillis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (t & 31)];
            t >>>= 5;
        }
        long r = PROCESS << 20 | (COUNTER.getAndIncrement() & ((1L << 20) - 1));
        for (int i = 19; i >= 10; i--) {
            out[i] = ALPHABET[(int) (r & 31)];
            r >>>= 5;
        }
        return new String(out);
    }
}
