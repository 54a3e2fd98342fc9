package dev.mirage.service.smtp;

/**
 * One command as a command class sees it: the server, the session's state, the argument (never null,
 * maybe empty) and the two ends of the connection (for "Hello [ip]" and address literals).
 */
public record SmtpCall(SmtpHost host, SmtpState state, String verb, String argument, String clientIp,
                       String localIp) {

    public SmtpTexts texts() {
        return host.texts();
    }

    public SmtpPolicy policy() {
        return host.policy();
    }

    /** The site's reply to abuse (aggressive): detected and reported, then the session ends. */
    public Reply detected(String kind, String detail) {
        return host.reply(texts().detected(), "ip", clientIp).detecting(kind, detail);
    }
}
