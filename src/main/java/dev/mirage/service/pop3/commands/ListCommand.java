package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Mailbox;
import dev.mirage.service.pop3.Message;
import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Pop3Texts;
import dev.mirage.service.pop3.Reply;
import java.util.ArrayList;
import java.util.List;

/** LIST [msg] (RFC 1939 section 5): the size of one message, or a scan listing of all not marked deleted. */
public final class ListCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        Mailbox box = state.mailbox();
        if (Args.present(argument)) {
            long n = Args.number(argument);
            Message m = box.get(n);
            if (m == null) {
                return Reply.of(ctx.texts().noSuchMessage());
            }
            return Reply.of(Pop3Texts.fill(ctx.texts().listOne(), "msg", n, "size", m.size(ctx.statusLine(box, n))));
        }
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= box.size(); n++) {
            Message m = box.get(n);
            if (m != null) {
                lines.add(n + " " + m.size(ctx.statusLine(box, n)));
            }
        }
        return Reply.multi(ctx.texts().listAll(), lines);
    }
}
