package dev.mirage.service.smtp.commands;

import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/** EXPN (RFC 5321 section 4.1.1.7 and 7.3): mailing lists are never expanded for strangers. */
public final class ExpnCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        return c.host().reply(c.texts().expn());
    }
}
