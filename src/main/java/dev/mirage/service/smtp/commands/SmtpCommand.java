package dev.mirage.service.smtp.commands;

import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;

/** One SMTP verb: stateless; it reads and changes the session's state and returns the reply. */
@FunctionalInterface
public interface SmtpCommand {
    Reply execute(SmtpCall call);
}
