package dev.mirage.service.smtp.commands;

import dev.mirage.net.Echo;
import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;
import dev.mirage.service.smtp.SmtpState;

/**
 * A client's answer to a 334 challenge (RFC 4954 section 4): "*" cancels, anything else is base64.
 * LOGIN takes the user name, then the password; PLAIN takes its one message.
 */
public final class AuthResponse implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        SmtpState.AuthExchange exchange = c.state().auth();
        String line = c.argument().strip();
        if (line.equals("*")) {
            c.state().auth(null);
            return c.host().reply(c.texts().authAborted());
        }
        String decoded = Sasl.decode(line);
        if (decoded == null) {
            c.state().auth(null);
            return c.host().reply(c.texts().authBadResponse(), "argument", Echo.safe(line, MailCommand.ECHO_MAX));
        }
        if (exchange.mechanism().equals(Sasl.PLAIN)) {
            return Sasl.plain(c, decoded);
        }
        if (exchange.user() == null) {
            c.state().auth(new SmtpState.AuthExchange(exchange.mechanism(), decoded));
            return c.host().reply(c.texts().authPassword());
        }
        return Sasl.verdict(c, Sasl.LOGIN, exchange.user(), decoded);
    }
}
