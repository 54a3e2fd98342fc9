package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Mailbox;
import dev.mirage.service.pop3.Message;
import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Pop3Texts;
import dev.mirage.service.pop3.Reply;

/** RETR msg (RFC 1939 section 5): the whole message, dot-stuffed by {@link Reply}; it counts as read. */
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
        Reply r = Reply.multi(Pop3Texts.fill(ctx.texts().retr(), "size", m.size(status)), m.lines(status, Long.MAX_VALUE));
        box.markSeen(n);
        return r;
    }
}
