package dev.mirage.service.smtp.commands;

import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/**
 * EHLO (RFC 5321 section 4.1.1.1): as HELO, and the reply lists the service extensions the claimed
 * server offers (RFC 5321 section 4.1.1.1, RFC 4954 section 3 for AUTH).
 */
public final class EhloCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        String name = c.argument().strip();
        if (name.isEmpty()) {
            return c.host().reply(c.texts().heloMissing(), "verb", "EHLO");
        }
        c.state().greet(name, true);
        String first = c.host().line(c.texts().hello(), "ip", c.clientIp());
        return Reply.withCode(first, c.texts().ehloKeywords()).noting(new Reply.Helo(name));
    }
}
