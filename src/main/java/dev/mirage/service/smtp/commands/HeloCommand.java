package dev.mirage.service.smtp.commands;

import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/** HELO (RFC 5321 section 4.1.1.1): the client names itself; the name is recorded, the reply greets its address. */
public final class HeloCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        String name = c.argument().strip();
        if (name.isEmpty()) {
            return c.host().reply(c.texts().heloMissing(), "verb", "HELO");
        }
        c.state().greet(name, false);
        return c.host().reply(c.texts().hello(), "ip", c.clientIp()).noting(new Reply.Helo(name));
    }
}
