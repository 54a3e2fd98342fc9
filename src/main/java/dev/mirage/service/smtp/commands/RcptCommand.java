package dev.mirage.service.smtp.commands;

import dev.mirage.net.Echo;
import dev.mirage.service.smtp.MailPath;
import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/**
 * RCPT TO (RFC 5321 section 4.1.1.3). The relay decision: the host's own recipients are always
 * taken; any other only when the policy makes us an open relay or the client has logged in (as
 * Sendmail relays for authenticated users). Nothing is ever delivered either way.
 */
public final class RcptCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        return switch (MailPath.parse(c.argument(), "TO")) {
            case MailPath.Syntax s -> syntax(c);
            case MailPath.Unbalanced u ->
                    c.host().reply(c.texts().unbalanced(), "address", Echo.safe(u.written(), MailCommand.ECHO_MAX));
            case MailPath.Address a -> {
                if (a.mailbox().isEmpty()) {
                    yield syntax(c);
                }
                String shown = Echo.safe(a.written(), MailCommand.ECHO_MAX);
                boolean relayAllowed = c.policy().openRelay() || c.state().authenticated();
                boolean local = c.host().isLocal(a.mailbox(), c.localIp());
                if (!local && !relayAllowed) {
                    yield c.host().reply(c.texts().relayingDenied(), "address", shown).tagged("relay-denied");
                }
                c.state().addRecipient(a.mailbox());
                Reply ok = c.host().reply(c.texts().recipientOk(), "address", shown);
                yield local ? ok : ok.tagged("relay");
            }
        };
    }

    private static Reply syntax(SmtpCall c) {
        return c.host().reply(c.texts().syntax(), "argument", Echo.safe(c.argument(), MailCommand.ECHO_MAX));
    }
}
