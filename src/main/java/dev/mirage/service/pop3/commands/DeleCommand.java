package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/** DELE msg (RFC 1939 section 5): marks the message deleted for this session only; RSET unmarks it. */
public final class DeleCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        if (!Args.present(argument)) {
            return Reply.of(ctx.texts().missingMessageNumber());
        }
        long n = Args.number(argument);
        if (state.mailbox().get(n) == null) {
            return Reply.of(ctx.texts().noSuchMessage());
        }
        state.mailbox().delete(n);
        return Reply.of(ctx.texts().dele());
    }
}
