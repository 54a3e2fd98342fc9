package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/** LIST [msg] (RFC 1939 section 5): the size of one message, or a scan listing of all not marked deleted. */
public final class ListCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        return Scan.answer(state, argument, ctx, ctx.texts().listOne(), "size", ctx.texts().listAll(),
                (box, n, m) -> m.size(ctx.statusLine(box, n)));
    }
}
