package dev.mirage.service.smtp.commands;

import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/** RSET (RFC 5321 section 4.1.1.5): drops the mail transaction; the greeting and any login stay. */
public final class RsetCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        c.state().resetTransaction();
        return c.host().reply(c.texts().reset());
    }
}
