package dev.mirage.service.smtp.commands;

import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/** NOOP (RFC 5321 section 4.1.1.9): does nothing, any argument ignored. */
public final class NoopCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        return c.host().reply(c.texts().noop());
    }
}
