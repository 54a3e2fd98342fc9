package dev.mirage.service.smtp;

/**
 * When a verb may be used (RFC 5321 section 4.1.4, RFC 4954 section 4), checked once by the
 * dispatcher before the command runs; each refusal is worded as the claimed server words it.
 */
enum Guard {
    /** Valid in any state. */
    ANY,
    /** HELO and EHLO: once per session (Sendmail refuses a second one). */
    NOT_GREETED,
    /** MAIL: no transaction open yet. */
    NO_TRANSACTION,
    /** RCPT: after MAIL. */
    SENDER,
    /** DATA: after MAIL and at least one accepted RCPT. */
    SENDER_AND_RECIPIENT,
    /** AUTH: after EHLO, not yet logged in, outside a transaction. */
    AUTH_ALLOWED;

    /** The refusal, or null when the verb may run. */
    Reply check(SmtpCall c) {
        SmtpState s = c.state();
        SmtpTexts t = c.texts();
        SmtpHost h = c.host();
        return switch (this) {
            case ANY -> null;
            case NOT_GREETED -> s.greeted() ? h.reply(t.duplicateHelo()) : null;
            case NO_TRANSACTION -> s.inTransaction() ? h.reply(t.senderTwice()) : null;
            case SENDER -> s.inTransaction() ? null : h.reply(t.needMailBeforeRcpt());
            case SENDER_AND_RECIPIENT -> !s.inTransaction() ? h.reply(t.needMail())
                    : s.recipientCount() == 0 ? h.reply(t.needRcpt()) : null;
            case AUTH_ALLOWED -> !s.extended() ? h.reply(t.authNotAvailable())
                    : s.authenticated() ? h.reply(t.authTwice())
                    : s.inTransaction() ? h.reply(t.authInTransaction()) : null;
        };
    }
}
