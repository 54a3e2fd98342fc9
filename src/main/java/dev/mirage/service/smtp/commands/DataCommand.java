package dev.mirage.service.smtp.commands;

import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/**
 * DATA (RFC 5321 section 4.1.1.4): the 354 go-ahead. The dispatcher then reads the message text up
 * to the lone dot and keeps it as evidence; the guard has already checked MAIL and RCPT.
 */
public final class DataCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        return c.host().reply(c.texts().dataStart()).then(Reply.After.READ_MESSAGE);
    }
}
