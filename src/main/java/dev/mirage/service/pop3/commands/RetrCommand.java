package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Mailbox;
import dev.mirage.service.pop3.Message;
import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3Fault;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Pop3Texts;
import dev.mirage.service.pop3.Reply;
import java.util.List;

/**
 * RETR msg (RFC 1939 section 5): the whole message, dot-stuffed by {@link Reply}; it counts as read.
 * A failing server may die partway through: the status and some lines go out, then the connection drops.
 */
public final class RetrCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        if (!Args.present(argument)) {
            return Reply.of(ctx.texts().missingMessageNumber());
        }
        Mailbox box = state.mailbox();
        long n = Args.number(argument);
        Message m = box.get(n);
        if (m == null) {
            return Reply.of(ctx.texts().noSuchMessage());
        }
        String status = ctx.statusLine(box, n);
        String ok = Pop3Texts.fill(ctx.texts().retr(), "size", m.size(status));
        List<String> lines = m.lines(status, Long.MAX_VALUE);
        if (state.fault() == Pop3Fault.DROP_IN_RETR) {
            return Reply.multi(ok, lines.subList(0, state.chance().below(lines.size()))).cutShort();
        }
        box.markSeen(n);
        return Reply.multi(ok, lines);
    }
}
