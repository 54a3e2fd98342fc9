package dev.mirage.service.pop3;

import dev.mirage.personality.Chance;
import dev.mirage.personality.Personality;

/**
 * How the personality bends the POP3 service, decided here and nowhere else; where a personality
 * leaves room for chance, the session's dice decide through the methods below. The configured
 * accounts always log in with their passwords.
 *
 * @param weakPercent how often the profile's weak accounts work in a session: always (open, and failing,
 *                    so that an intruder gets far enough to meet its faults), in some sessions (strange), never
 * @param faulty each session suffers one {@link Pop3Fault} (failing)
 * @param varyMailbox the mailbox differs from session to session: messages missing or twice, other
 *                    sizes, other unique ids (strange); always consistent within one session
 * @param delayPercent how often a reply lingers (strange)
 * @param delayMaxMillis the longest a reply lingers; well below any client's timeout
 * @param failuresToDetect the failed login that counts as brute force and is told off (aggressive); 0 never
 * @param detectSystemAccounts a login to a system account (root, Administrator) is told off (aggressive)
 */
public record Pop3Policy(int weakPercent, boolean faulty, boolean varyMailbox, int delayPercent, int delayMaxMillis,
                         int failuresToDetect, boolean detectSystemAccounts) {

    /** The longest a strange reply waits, in milliseconds. */
    static final int STRANGE_DELAY_MAX = 800;

    public static Pop3Policy of(Personality personality) {
        return switch (personality) {
            // A badly run server: the profile's weak accounts work too.
            case OPEN -> new Pop3Policy(100, false, false, 0, 0, 0, false);
            // Only the configured accounts.
            case SECURE -> new Pop3Policy(0, false, false, 0, 0, 0, false);
            // Weak accounts let an intruder in, and then the mailbox fails him.
            case FAILING -> new Pop3Policy(100, true, false, 0, 0, 0, false);
            // Weak accounts on some days, a mailbox that never looks the same twice, replies that take their time.
            case STRANGE -> new Pop3Policy(50, false, true, 10, STRANGE_DELAY_MAX, 0, false);
            // Only the configured accounts; root or a third wrong password is told off.
            case AGGRESSIVE -> new Pop3Policy(0, false, false, 0, 0, 3, true);
        };
    }

    /** Whether the weak accounts work in this session. */
    public boolean weakAccounts(Chance chance) {
        return weakPercent >= 100 || weakPercent > 0 && chance.percent(weakPercent);
    }

    /** What goes wrong in this session. */
    public Pop3Fault fault(Chance chance) {
        return faulty ? chance.pick(Pop3Fault.FAULTS) : Pop3Fault.NONE;
    }

    /** How long the next reply waits, in milliseconds: 0, or at most {@code delayMaxMillis}. */
    public int delay(Chance chance) {
        return delayPercent > 0 && chance.percent(delayPercent) ? chance.between(delayMaxMillis / 8, delayMaxMillis) : 0;
    }

    /** Whether this many failed logins in one session are a brute force to be told off. */
    public boolean bruteForce(int failures) {
        return failuresToDetect > 0 && failures >= failuresToDetect;
    }
}
