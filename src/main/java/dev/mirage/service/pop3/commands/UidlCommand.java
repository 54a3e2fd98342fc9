package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/** UIDL [msg] (RFC 1939 section 7): the unique id of one message, or of all not marked deleted. */
public final class UidlCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        return Scan.answer(state, argument, ctx, ctx.texts().uidlOne(), "uid", ctx.texts().uidlAll(),
                (box, n, m) -> m.uid());
    }
}
