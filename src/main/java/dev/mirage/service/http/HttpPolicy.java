package dev.mirage.service.http;

import dev.mirage.personality.Chance;
import dev.mirage.personality.Personality;

/**
 * What the personality changes in the HTTP service, decided in this one place; the service asks
 * this record, never the personality.
 * <ul>
 * <li>open: the profile's weak credentials open services.http.auth-path and its decoy page, so an
 * attacker who "got in" keeps going and shows us more.</li>
 * <li>secure: the path stays shut (401 whatever is tried) and TRACE is forbidden (403), as the
 * hardening guides' rewrite rule against cross-site tracing made it.</li>
 * <li>failing: a sick server: per request, the profile's 500 or 503 page, a response cut short, a
 * connection dropped without an answer, or a slow answer.</li>
 * <li>strange: per session a different Last-Modified of the pages and different keep-alive limits;
 * per request a small delay, or "/" answered with a redirect to its index page.</li>
 * <li>aggressive: an exploit or a password-file path gets the profile's "detected" page, is recorded
 * as misbehaviour and the connection closes.</li>
 * </ul>
 * Every delay is below {@link #MAX_DELAY_MILLIS}; every draw comes from the session's {@link Chance}.
 *
 * @param weakCredentialsWork whether the profile's weak pairs pass Basic auth
 * @param traceRefused        whether TRACE is answered 403
 * @param detects             whether misuse is answered with the detected page and a close
 * @param faults              per request, percent chances of each fault
 * @param delays              per request, the chance and span of a delay before the answer
 * @param quirks              the strange personality's oddities
 */
record HttpPolicy(boolean weakCredentialsWork, boolean traceRefused, boolean detects, Faults faults, Delays delays,
                  Quirks quirks) {

    /** The longest pause before an answer: long enough to be noticed, short of any client's timeout. */
    static final int MAX_DELAY_MILLIS = 1200;

    /** What goes wrong with one answer. */
    enum Fault { NONE, INTERNAL_ERROR, UNAVAILABLE, CUT_SHORT, DROPPED }

    /** Percent chances per request; the rest are answered as usual. */
    record Faults(int internalError, int unavailable, int cutShort, int dropped) {
        static final Faults NONE = new Faults(0, 0, 0, 0);

        Fault pick(Chance dice) {
            if (this.equals(NONE)) {
                return Fault.NONE;
            }
            int r = dice.below(100);
            if ((r -= internalError) < 0) {
                return Fault.INTERNAL_ERROR;
            }
            if ((r -= unavailable) < 0) {
                return Fault.UNAVAILABLE;
            }
            if ((r -= cutShort) < 0) {
                return Fault.CUT_SHORT;
            }
            return r - dropped < 0 ? Fault.DROPPED : Fault.NONE;
        }
    }

    /** A pause of from..to milliseconds before percent of the answers. */
    record Delays(int percent, int from, int to) {
        static final Delays NONE = new Delays(0, 0, 0);

        Delays {
            if (to > MAX_DELAY_MILLIS || from > to) {
                throw new IllegalArgumentException("delay " + from + ".." + to + " ms");
            }
        }
    }

    /**
     * @param redirectPercent how often "/" is answered with a redirect to its index page
     * @param maxAgeDays      how far back a session may date the pages' Last-Modified
     * @param keepAliveMax    the most requests a session's connection is kept for (at least 1)
     */
    record Quirks(int redirectPercent, int maxAgeDays, int keepAliveMax) {
        static final Quirks NONE = new Quirks(0, 0, 0);
    }

    static HttpPolicy of(Personality personality) {
        return switch (personality) {
            case OPEN -> new HttpPolicy(true, false, false, Faults.NONE, Delays.NONE, Quirks.NONE);
            case SECURE -> new HttpPolicy(false, true, false, Faults.NONE, Delays.NONE, Quirks.NONE);
            case FAILING -> new HttpPolicy(false, false, false, new Faults(30, 25, 15, 10),
                    new Delays(20, 300, MAX_DELAY_MILLIS), Quirks.NONE);
            case STRANGE -> new HttpPolicy(false, false, false, Faults.NONE, new Delays(20, 50, 400),
                    new Quirks(40, 400, 4));
            case AGGRESSIVE -> new HttpPolicy(false, false, true, Faults.NONE, Delays.NONE, Quirks.NONE);
        };
    }

    /** What goes wrong with this answer (failing). */
    Fault fault(Chance dice) {
        return faults.pick(dice);
    }

    /** Milliseconds to wait before this answer; 0 for none. */
    int delay(Chance dice) {
        if (delays.percent() == 0 || !dice.percent(delays.percent())) {
            return 0;
        }
        return dice.between(delays.from(), delays.to());
    }

    /** Whether this request for "/" is redirected to the index page (strange). */
    boolean redirectsRoot(Chance dice) {
        return quirks.redirectPercent() > 0 && dice.percent(quirks.redirectPercent());
    }

    /** Seconds this session's pages look older than the profile says (strange); drawn once per session. */
    long pageAge(Chance dice) {
        return quirks.maxAgeDays() == 0 ? 0 : dice.below(quirks.maxAgeDays() * 86_400);
    }

    /** The most requests this session's connection is kept for: the profile's, or fewer (strange). */
    int keepAliveMax(Chance dice, int profileMax) {
        return quirks.keepAliveMax() == 0 ? profileMax : dice.between(1, Math.min(quirks.keepAliveMax(), profileMax));
    }

    /** Seconds a kept connection waits for the next request: the profile's, or fewer (strange). */
    int keepAliveTimeout(Chance dice, int profileSeconds) {
        return quirks.keepAliveMax() == 0 ? profileSeconds : dice.between(1, profileSeconds);
    }

    /** Where a cut-short body ends: somewhere before its last byte. */
    long cutAt(Chance dice, long length) {
        return length <= 1 ? 0 : dice.below((int) Math.min(Integer.MAX_VALUE, length));
    }
}
