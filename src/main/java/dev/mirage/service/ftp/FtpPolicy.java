package dev.mirage.service.ftp;

/**
 * What the personality allows on FTP, decided in this one place: anonymous login (user anonymous
 * or ftp, any password) and uploads into the quarantine. Only "open" allows them for now; every
 * other personality behaves as "secure" until the personality issue refines this.
 */
public record FtpPolicy(boolean anonymous, boolean uploads) {
    public static FtpPolicy of(String personality) {
        boolean open = "open".equals(personality);
        return new FtpPolicy(open, open);
    }
}
