package dev.mirage.service.smtp.commands;

import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/** QUIT (RFC 5321 section 4.1.1.10): 221, then the connection closes. */
public final class QuitCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        return c.host().reply(c.texts().quit()).then(Reply.After.CLOSE);
    }
}
