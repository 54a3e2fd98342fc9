package dev.mirage.service.smtp.commands;

import dev.mirage.net.Echo;
import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;
import dev.mirage.service.smtp.SmtpState;
import java.util.Locale;

/**
 * AUTH mechanism [initial-response] (RFC 4954 section 4), PLAIN and LOGIN. With an initial response
 * the exchange may end at once; otherwise the 334 challenge is sent and {@link AuthResponse} takes the
 * client's next lines.
 */
public final class AuthCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        String[] parts = c.argument().strip().split("\\s+", 2);
        String mechanism = parts[0].toUpperCase(Locale.ROOT);
        String initial = parts.length > 1 ? parts[1].strip() : null;
        if (mechanism.isEmpty()) {
            return c.host().reply(c.texts().authMissing());
        }
        String method = switch (mechanism) {
            case "PLAIN" -> Sasl.PLAIN;
            case "LOGIN" -> Sasl.LOGIN;
            default -> null;
        };
        if (method == null) {
            return c.host().reply(c.texts().authUnknown(), "mechanism", Echo.safe(parts[0], MailCommand.ECHO_MAX));
        }
        if (initial == null) {
            c.state().auth(new SmtpState.AuthExchange(method, null));
            return c.host().reply(method.equals(Sasl.PLAIN) ? c.texts().authEmptyChallenge() : c.texts().authUsername());
        }
        String decoded = Sasl.decode(initial);
        if (decoded == null) {
            return c.host().reply(c.texts().authBadInitial(), "argument", Echo.safe(initial, MailCommand.ECHO_MAX));
        }
        if (method.equals(Sasl.PLAIN)) {
            return Sasl.plain(c, decoded);
        }
        c.state().auth(new SmtpState.AuthExchange(method, decoded));
        return c.host().reply(c.texts().authPassword());
    }
}
