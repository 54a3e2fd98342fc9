package dev.mirage.session;

import java.util.concurrent.ThreadLocalRandom;

/** Session ids: 10 characters of milliseconds and 10 random, Crockford base32, so they sort by time. */
public final class SessionIds {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private SessionIds() {
    }

    public static String next(long epochMillis) {
        char[] out = new char[20];
        long t = epochMillis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (t & 31)];
            t >>>= 5;
        }
        long r = ThreadLocalRandom.current().nextLong();
        for (int i = 19; i >= 10; i--) {
            out[i] = ALPHABET[(int) (r & 31)];
            r >>>= 5;
        }
        return new String(out);
    }
}
