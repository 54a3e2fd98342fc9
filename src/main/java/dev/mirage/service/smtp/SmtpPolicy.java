package dev.mirage.service.smtp;

import dev.mirage.personality.Personality;

/**
 * What the personality changes in SMTP, decided in this one place. {@code openRelay}: any recipient
 * is accepted (the badly configured server spammers look for); otherwise only the host's own domains.
 * {@code anyLoginWorks}: every AUTH succeeds, so a spammer goes on and shows us what it sends.
 */
public record SmtpPolicy(boolean openRelay, boolean anyLoginWorks) {

    /** open: an open relay with weak logins; every other personality behaves as secure for now. */
    public static SmtpPolicy of(Personality personality) {
        boolean open = personality == Personality.OPEN;
        return new SmtpPolicy(open, open);
    }
}
