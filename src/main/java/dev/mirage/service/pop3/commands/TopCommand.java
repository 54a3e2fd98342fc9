package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Mailbox;
import dev.mirage.service.pop3.Message;
import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/** TOP msg n (RFC 1939 section 7): the header and the first n body lines; the message stays unread. */
public final class TopCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        Mailbox box = state.mailbox();
        long n = Args.number(argument);
        Message m = box.get(n);
        if (m == null) {
            return Reply.of(ctx.texts().badMessageNumber());
        }
        int i = Args.skipBlanks(argument, Args.afterNumber(argument));
        if (i >= argument.length() || argument.charAt(i) < '0' || argument.charAt(i) > '9') {
            return Reply.of(ctx.texts().badLineCount());
        }
        box.touch(n);
        return Reply.multi(ctx.texts().top(), m.lines(ctx.statusLine(box, n), Args.number(argument, i)));
    }
}
