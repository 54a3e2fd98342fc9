package dev.mirage.service.finger;

import dev.mirage.personality.Chance;
import dev.mirage.personality.Personality;
import java.util.ArrayList;
import java.util.List;

/**
 * How this sensor's finger behaves, decided in one place from the personality; the service asks
 * this record, never the personality. Forwarding is refused under every personality, as fingerd
 * without -f refuses it.
 * <ul>
 * <li>open: the users logged in, and every user's full entry.</li>
 * <li>secure: fingerd -u ("finger @host" gets "Please supply a username") and a .nofinger in
 * every home, so that no name is found.</li>
 * <li>failing: fingerd dies without a word, or says it failed, or finger runs out of memory, or
 * stale utmp entries and a sick mail spool spill their errors before the answer; sometimes slowly.</li>
 * <li>strange: per session, a different subset of the users is logged in, with different idle
 * times, and a small delay.</li>
 * <li>aggressive: a forwarding attempt, a request to list every user, or a query built to attack
 * fingerd gets the profile's "detected" text, is recorded as misbehaviour, and the connection closes.</li>
 * </ul>
 *
 * @param maxNames  names answered from one query (the original fingerd passes at most this many)
 * @param maxEcho   characters of a name repeated in "no such user"
 * @param listsUsers whether the empty query lists the users logged in
 * @param findsUsers whether a name finds its user (false: every user has a .nofinger)
 * @param detects   whether misuse gets the detected text and a close
 * @param faults    percent chances of each fault of a session
 * @param delays    the chance and span of a pause before the answer
 * @param oddities  the strange personality's changes to the users
 */
public record FingerPolicy(int maxNames, int maxEcho, boolean listsUsers, boolean findsUsers, boolean detects,
                           Faults faults, Delays delays, Oddities oddities) {

    /** The longest pause before an answer; finger clients wait far longer. */
    public static final int MAX_DELAY_MILLIS = 1200;

    /** A query this long is an attempt to overflow fingerd's line buffer (the Morris worm's 536 bytes). */
    public static final int OVERFLOW = 512;

    /** What goes wrong with a session's answer. */
    public enum Fault { NONE, SILENT, INTERNAL, OUT_OF_SPACE, IO_ERRORS }

    /** Percent chances per session; the rest are answered as usual. */
    public record Faults(int silent, int internal, int outOfSpace, int ioErrors) {
        static final Faults NONE = new Faults(0, 0, 0, 0);

        Fault pick(Chance dice) {
            if (this.equals(NONE)) {
                return Fault.NONE;
            }
            int r = dice.below(100);
            if ((r -= silent) < 0) {
                return Fault.SILENT;
            }
            if ((r -= internal) < 0) {
                return Fault.INTERNAL;
            }
            if ((r -= outOfSpace) < 0) {
                return Fault.OUT_OF_SPACE;
            }
            return r - ioErrors < 0 ? Fault.IO_ERRORS : Fault.NONE;
        }
    }

    /** A pause of from..to milliseconds before percent of the answers. */
    public record Delays(int percent, int from, int to) {
        static final Delays NONE = new Delays(0, 0, 0);

        public Delays {
            if (to > MAX_DELAY_MILLIS || from > to) {
                throw new IllegalArgumentException("delay " + from + ".." + to + " ms");
            }
        }
    }

    /**
     * @param hidePercent how often a logged-in user shows as logged out in a session
     * @param idleMax     the most minutes idle a session may give a logged-in user
     */
    public record Oddities(int hidePercent, int idleMax) {
        static final Oddities NONE = new Oddities(0, 0);
    }

    public static FingerPolicy of(Personality personality) {
        return switch (personality) {
            case OPEN -> new FingerPolicy(48, 64, true, true, false, Faults.NONE, Delays.NONE, Oddities.NONE);
            case SECURE -> new FingerPolicy(48, 64, false, false, false, Faults.NONE, Delays.NONE, Oddities.NONE);
            case FAILING -> new FingerPolicy(48, 64, true, true, false, new Faults(25, 15, 15, 45),
                    new Delays(25, 200, 1000), Oddities.NONE);
            case STRANGE -> new FingerPolicy(48, 64, true, true, false, Faults.NONE, new Delays(30, 50, 500),
                    new Oddities(40, 600));
            case AGGRESSIVE -> new FingerPolicy(48, 64, true, true, true, Faults.NONE, Delays.NONE, Oddities.NONE);
        };
    }

    /** What goes wrong with this session's answer (failing). */
    public Fault fault(Chance dice) {
        return faults.pick(dice);
    }

    /** Milliseconds to wait before the answer; 0 for none. */
    public int delay(Chance dice) {
        if (delays.percent() == 0 || !dice.percent(delays.percent())) {
            return 0;
        }
        return dice.between(delays.from(), delays.to());
    }

    /** The users as this session sees them: as the profile has them, or (strange) some logged out, idle varied. */
    public List<FingerTexts.User> users(List<FingerTexts.User> all, Chance dice) {
        if (oddities.equals(Oddities.NONE)) {
            return all;
        }
        List<FingerTexts.User> seen = new ArrayList<>(all.size());
        for (FingerTexts.User u : all) {
            if (!u.loggedIn()) {
                seen.add(u);
                continue;
            }
            if (dice.percent(oddities.hidePercent())) {
                // Logged out for this session: its last login shows instead.
                seen.add(new FingerTexts.User(u.login(), u.name(), u.directory(), u.shell(), u.office(),
                        u.officePhone(), false, u.tty(), u.from(), u.loginMinutesAgo(), 0, u.mail(), u.plan()));
                continue;
            }
            // Idle never longer than logged in: odd, never impossible.
            int idle = dice.between(0, Math.min(oddities.idleMax(), u.loginMinutesAgo()));
            seen.add(new FingerTexts.User(u.login(), u.name(), u.directory(), u.shell(), u.office(), u.officePhone(),
                    true, u.tty(), u.from(), u.loginMinutesAgo(), idle, u.mail(), u.plan()));
        }
        return seen;
    }
}
