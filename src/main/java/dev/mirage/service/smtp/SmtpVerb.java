package dev.mirage.service.smtp;

import dev.mirage.service.smtp.commands.AuthCommand;
import dev.mirage.service.smtp.commands.DataCommand;
import dev.mirage.service.smtp.commands.EhloCommand;
import dev.mirage.service.smtp.commands.ExpnCommand;
import dev.mirage.service.smtp.commands.HeloCommand;
import dev.mirage.service.smtp.commands.HelpCommand;
import dev.mirage.service.smtp.commands.MailCommand;
import dev.mirage.service.smtp.commands.NoopCommand;
import dev.mirage.service.smtp.commands.QuitCommand;
import dev.mirage.service.smtp.commands.RcptCommand;
import dev.mirage.service.smtp.commands.RsetCommand;
import dev.mirage.service.smtp.commands.SmtpCommand;
import dev.mirage.service.smtp.commands.VrfyCommand;
import java.util.Locale;

/**
 * The command table: each verb, where it is specified, when it is valid, and the class that runs it.
 * Not implemented (answered as unrecognised, as a Sendmail built without them): STARTTLS (RFC 3207),
 * ETRN (RFC 1985), VERB, ONEX, XUSR, TURN, SEND, SOML, SAML, BDAT (RFC 3030).
 */
enum SmtpVerb {
    HELO(Guard.NOT_GREETED, new HeloCommand()),          // RFC 5321 section 4.1.1.1
    EHLO(Guard.NOT_GREETED, new EhloCommand()),          // RFC 5321 section 4.1.1.1
    MAIL(Guard.NO_TRANSACTION, new MailCommand()),       // RFC 5321 section 4.1.1.2
    RCPT(Guard.SENDER, new RcptCommand()),               // RFC 5321 section 4.1.1.3
    DATA(Guard.SENDER_AND_RECIPIENT, new DataCommand()), // RFC 5321 section 4.1.1.4
    RSET(Guard.ANY, new RsetCommand()),                  // RFC 5321 section 4.1.1.5
    VRFY(Guard.ANY, new VrfyCommand()),                  // RFC 5321 section 4.1.1.6
    EXPN(Guard.ANY, new ExpnCommand()),                  // RFC 5321 section 4.1.1.7
    HELP(Guard.ANY, new HelpCommand()),                  // RFC 5321 section 4.1.1.8
    NOOP(Guard.ANY, new NoopCommand()),                  // RFC 5321 section 4.1.1.9
    QUIT(Guard.ANY, new QuitCommand()),                  // RFC 5321 section 4.1.1.10
    AUTH(Guard.AUTH_ALLOWED, new AuthCommand());         // RFC 4954 section 4

    final Guard guard;
    final SmtpCommand command;

    SmtpVerb(Guard guard, SmtpCommand command) {
        this.guard = guard;
        this.command = command;
    }

    /** The verb for a word as typed (any case), or null when the table has none. */
    static SmtpVerb find(String word) {
        if (word.length() != 4) {
            return null;
        }
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
