package dev.mirage.service.smtp.commands;

import dev.mirage.net.Echo;
import dev.mirage.service.smtp.MailPath;
import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;
import dev.mirage.service.smtp.SmtpFault;

/**
 * MAIL FROM (RFC 5321 section 4.1.1.2): opens a mail transaction. Any sender is taken, the null
 * sender included; ESMTP parameters after the address (SIZE, BODY, AUTH) are accepted and ignored.
 * A failing server with a full spool refuses it there, as Sendmail and Postfix check free space at MAIL.
 */
public final class MailCommand implements SmtpCommand {
    static final int ECHO_MAX = 200;

    @Override
    public Reply execute(SmtpCall c) {
        return switch (MailPath.parse(c.argument(), "FROM")) {
            case MailPath.Syntax s -> c.host().reply(c.texts().syntax(), "argument", Echo.safe(c.argument(), ECHO_MAX));
            case MailPath.Unbalanced u -> c.host().reply(c.texts().unbalanced(), "address", Echo.safe(u.written(), ECHO_MAX));
            case MailPath.Address a -> {
                if (c.state().fault() == SmtpFault.DISK_FULL) {
                    yield c.host().reply(c.texts().failingMail()).tagged("failing");
                }
                c.state().sender(a.mailbox());
                yield c.host().reply(c.texts().senderOk(), "address", Echo.safe(a.written(), ECHO_MAX));
            }
        };
    }
}
