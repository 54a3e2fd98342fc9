package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/**
 * One POP3 verb. Stateless: it reads and changes the session's {@link Pop3State} and returns the
 * reply. Whether it may run in the current phase is decided by the command table, not here.
 */
public interface Pop3Command {
    /** {@code argument} is the rest of the line after the verb and one space, or null when there is none. */
    Reply execute(Pop3State state, String argument, Pop3Context ctx);
}
