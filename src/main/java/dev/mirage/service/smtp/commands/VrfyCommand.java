package dev.mirage.service.smtp.commands;

import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/**
 * VRFY (RFC 5321 section 4.1.1.6 and 7.3): a sanely configured server confirms no user names, so
 * the answer is the same 252 whatever is asked; the question itself is recorded with the command.
 */
public final class VrfyCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        return c.host().reply(c.texts().vrfy());
    }
}
