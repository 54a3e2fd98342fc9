package dev.mirage.service.ftp;

import dev.mirage.personality.Personality;

/**
 * What the personality allows on FTP, decided in this one place: anonymous login (user anonymous
 * or ftp, any password) and uploads into the quarantine. Only "open" allows them for now; every
 * other personality behaves as "secure" until the personality issue refines this.
 */
public record FtpPolicy(boolean anonymous, boolean uploads) {
    public static FtpPolicy of(Personality personality) {
        boolean open = personality == Personality.OPEN;
        return new FtpPolicy(open, open);
    }
}
