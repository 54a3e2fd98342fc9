package dev.mirage.service.smtp;

import dev.mirage.personality.Chance;
import dev.mirage.personality.Personality;

/**
 * What the personality changes in SMTP, decided in this one place; where a personality leaves room
 * for chance, the session's dice ({@link Chance}) decide through the methods below.
 *
 * @param relayPercent how often a recipient elsewhere is taken: always (the open relay spammers look
 *                     for), now and then (strange), never (relaying denied)
 * @param anyLoginWorks every AUTH succeeds, so a spammer goes on and shows us what it sends
 * @param greylistPercent how often a recipient first gets a greylisting refusal (strange)
 * @param oddGreetingPercent how often the greeting is the profile's multi-line one (strange)
 * @param delayPercent how often a reply lingers (strange)
 * @param delayMaxMillis the longest a reply lingers; well below any client's timeout
 * @param faulty each session suffers one {@link SmtpFault} (failing)
 * @param detectRelay a relay attempt gets the site's "detected and reported" reply and the end (aggressive)
 * @param authFailuresToDetect the failed AUTH that counts as brute force and is answered so (aggressive); 0 never
 */
public record SmtpPolicy(int relayPercent, boolean anyLoginWorks, int greylistPercent, int oddGreetingPercent,
                         int delayPercent, int delayMaxMillis, boolean faulty, boolean detectRelay,
                         int authFailuresToDetect) {

    /** The longest a strange reply waits, in milliseconds. */
    static final int STRANGE_DELAY_MAX = 800;

    public static SmtpPolicy of(Personality personality) {
        return switch (personality) {
            // An open relay with weak logins.
            case OPEN -> new SmtpPolicy(100, true, 0, 0, 0, 0, false, false, 0);
            // Relaying denied, no login works; mail for local users is taken.
            case SECURE -> new SmtpPolicy(0, false, 0, 0, 0, 0, false, false, 0);
            // As secure, and every session breaks somewhere.
            case FAILING -> new SmtpPolicy(0, false, 0, 0, 0, 0, true, false, 0);
            // Greylisting, a relay that sometimes relays, a banner of many lines, replies that take their time.
            case STRANGE -> new SmtpPolicy(30, false, 35, 50, 20, STRANGE_DELAY_MAX, false, false, 0);
            // As secure, and a relay attempt or the third failed login is told off and ends the session.
            case AGGRESSIVE -> new SmtpPolicy(0, false, 0, 0, 0, 0, false, true, 3);
        };
    }

    /** Whether this recipient elsewhere is relayed. */
    public boolean relays(Chance chance) {
        return roll(chance, relayPercent);
    }

    /** Whether this recipient is greylisted (a temporary refusal the client should retry later). */
    public boolean greylists(Chance chance) {
        return roll(chance, greylistPercent);
    }

    /** Whether this session is greeted with the profile's multi-line banner. */
    public boolean oddGreeting(Chance chance) {
        return roll(chance, oddGreetingPercent);
    }

    /** How long the next reply waits, in milliseconds: 0, or at most {@code delayMaxMillis}. */
    public int delay(Chance chance) {
        return roll(chance, delayPercent) ? chance.between(delayMaxMillis / 8, delayMaxMillis) : 0;
    }

    /** What goes wrong in this session. */
    public SmtpFault fault(Chance chance) {
        return faulty ? chance.pick(SmtpFault.FAULTS) : SmtpFault.NONE;
    }

    /** Whether this many failed logins in one session are a brute force to be told off. */
    public boolean bruteForce(int failures) {
        return authFailuresToDetect > 0 && failures >= authFailuresToDetect;
    }

    /** Always and never without a throw of the dice, so open and secure sessions use none. */
    private static boolean roll(Chance chance, int percent) {
        return percent >= 100 || percent > 0 && chance.percent(percent);
    }
}
