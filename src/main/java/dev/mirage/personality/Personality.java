package dev.mirage.personality;

import java.util.Locale;

/**
 * How a service behaves (Specter's five characters). Each service turns this into its own policy
 * record in one place (e.g. FtpPolicy); nothing else in a service asks which personality is on.
 */
public enum Personality {
    /** A badly configured server: anonymous FTP with a decoy password file, an open relay, weak accounts that work. */
    OPEN,
    /** A hardened server: no anonymous login, no relay, nothing readable. */
    SECURE,
    /** A server with hardware and software trouble: errors, timeouts, resets, full disks, in the protocol's words. */
    FAILING,
    /** Unpredictable but protocol-shaped, drawn from a seeded {@link Chance}, to keep a skilled attacker busy. */
    STRANGE,
    /** Tells a misbehaving attacker they are detected and reported, records a misbehaviour event, closes. */
    AGGRESSIVE;

    /** The personality of a config value (open, secure, failing, strange, aggressive); the validator has checked it. */
    public static Personality of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
