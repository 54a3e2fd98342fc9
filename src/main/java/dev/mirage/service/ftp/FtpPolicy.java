package dev.mirage.service.ftp;

import dev.mirage.personality.Personality;

/**
 * What the personality makes of FTP, decided in this one place; nothing else in the service asks
 * which personality is on.
 *
 * @param anonymous the guest account (user anonymous or ftp, any password) logs in
 * @param users     the system's accounts log in (its weak ones, and passwords cracked from its decoy files)
 * @param uploads   STOR is taken into the quarantine
 * @param faults    the failing server's troubles (none elsewhere)
 * @param oddities  the strange server's quirks (none elsewhere)
 * @param watch     what the aggressive server treats as misbehaviour (nothing elsewhere)
 */
public record FtpPolicy(boolean anonymous, boolean users, boolean uploads, Faults faults, Oddities oddities, Watch watch) {
    /**
     * A server with a full disk and a failing one: every upload ends "disk full" (its bytes still kept
     * in the quarantine), every download breaks off midway with a read error, a listing fails in
     * {@code listPercent} of 100, and the server gives up with its 421 (or just drops the line) after
     * between {@code lifeMin} and {@code lifeMax} commands (0: never).
     */
    public record Faults(boolean diskFull, boolean brokenReads, int listPercent, int lifeMin, int lifeMax) {
        public static final Faults NONE = new Faults(false, false, 0, 0, 0);
    }

    /**
     * Protocol-shaped quirks, each drawn in {@code percent} of 100 from the session's dice: a small
     * delay (at most {@code maxDelayMillis}) before a reply, a site note in front of a 200/230/250
     * reply, an entry missing from a listing.
     */
    public record Oddities(int percent, int maxDelayMillis) {
        public static final Oddities NONE = new Oddities(0, 0);
    }

    /**
     * What the aggressive server answers with its "detected and reported" text, records as
     * misbehaviour and closes on: a guest login, a download of a decoy password file, an upload.
     */
    public record Watch(boolean guestLogin, boolean passwordFile, boolean upload) {
        public static final Watch NONE = new Watch(false, false, false);
    }

    public static FtpPolicy of(Personality personality) {
        return switch (personality) {
            // A badly configured anonymous FTP site: the guest reads the decoy password file, weak accounts work, uploads land.
            case OPEN -> new FtpPolicy(true, true, true, Faults.NONE, Oddities.NONE, Watch.NONE);
            // Hardened: no guest and no weak password, so nothing to read and nowhere to write.
            case SECURE -> new FtpPolicy(false, false, false, Faults.NONE, Oddities.NONE, Watch.NONE);
            // The same public site on dying hardware: the guest gets in and then nothing quite works.
            case FAILING -> new FtpPolicy(true, true, true, new Faults(true, true, 50, 24, 48), Oddities.NONE, Watch.NONE);
            // A public site that never answers the same way twice, within what RFC 959 allows.
            case STRANGE -> new FtpPolicy(true, true, true, Faults.NONE, new Oddities(30, 400), Watch.NONE);
            // No guest or weak account, and an admin who takes any attempt at the guest (or worse) as an attack.
            case AGGRESSIVE -> new FtpPolicy(false, false, false, Faults.NONE, Oddities.NONE, new Watch(true, true, true));
        };
    }
}
