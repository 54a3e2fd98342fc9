package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Mailbox;
import dev.mirage.service.pop3.Message;
import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Pop3Texts;
import dev.mirage.service.pop3.Reply;

/** STAT (RFC 1939 section 5): the number and total size of the messages not marked deleted. */
public final class StatCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        Mailbox box = state.mailbox();
        long count = 0;
        long size = 0;
        for (int n = 1; n <= box.size(); n++) {
            Message m = box.get(n);
            if (m != null) {
                count++;
                size += m.size(ctx.statusLine(box, n));
            }
        }
        return Reply.of(Pop3Texts.fill(ctx.texts().stat(), "count", count, "size", size));
    }
}
