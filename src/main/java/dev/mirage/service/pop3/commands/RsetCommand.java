package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/** RSET (RFC 1939 section 5): unmarks every message marked deleted (and, as ipop3d did, read). */
public final class RsetCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        state.mailbox().reset();
        return Reply.of(ctx.texts().rset());
    }
}
