package dev.mirage.service.smtp.commands;

import dev.mirage.net.Echo;
import dev.mirage.service.smtp.MailPath;
import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/**
 * RCPT TO (RFC 5321 section 4.1.1.3). The relay decision: the host's own recipients are always
 * taken; any other only when the policy relays it or the client has logged in (as Sendmail relays
 * for authenticated users). Nothing is ever delivered either way. Under the aggressive personality a
 * relay attempt is told off and ends the session; under the strange one a recipient may first be
 * greylisted (a 4xx the sender should retry, RFC 5321 section 4.2.5).
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
                boolean local = c.host().isLocal(a.mailbox(), c.localIp());
                if (!local && !c.state().authenticated() && c.policy().detectRelay()) {
                    yield c.detected("relay-attempt", a.mailbox()).tagged("relay-denied");
                }
                if (c.policy().greylists(c.state().chance())) {
                    yield deferred(c, a.mailbox(), shown);
                }
                boolean relayAllowed = c.state().authenticated() || !local && c.policy().relays(c.state().chance());
                if (!local && !relayAllowed) {
                    yield c.host().reply(c.texts().relayingDenied(), "address", shown).tagged("relay-denied");
                }
                c.state().addRecipient(a.mailbox());
                Reply ok = c.host().reply(c.texts().recipientOk(), "address", shown);
                yield local ? ok : ok.tagged("relay");
            }
        };
    }

    /** A greylisting refusal: the recipient, its domain, the sender and the client's address may be named. */
    private static Reply deferred(SmtpCall c, String mailbox, String shown) {
        int at = mailbox.lastIndexOf('@');
        String domain = at < 0 ? c.host().name() : mailbox.substring(at + 1);
        return c.host().reply(c.texts().strangeDeferred(), "address", shown, "ip", c.clientIp(),
                "domain", Echo.safe(domain, MailCommand.ECHO_MAX),
                "sender", Echo.safe(c.state().sender(), MailCommand.ECHO_MAX)).tagged("greylisted");
    }

    private static Reply syntax(SmtpCall c) {
        return c.host().reply(c.texts().syntax(), "argument", Echo.safe(c.argument(), MailCommand.ECHO_MAX));
    }
}
