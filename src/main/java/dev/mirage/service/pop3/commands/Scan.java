package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Mailbox;
import dev.mirage.service.pop3.Message;
import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Pop3Texts;
import dev.mirage.service.pop3.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape LIST and UIDL share (RFC 1939 sections 5 and 7): with a message number, one line about
 * that message; without, a listing of every message not marked deleted, "number value" each.
 */
final class Scan {
    /** What the command says of a message: its size, its unique id. */
    interface Value {
        Object of(Mailbox box, long number, Message message);
    }

    private Scan() {
    }

    /** {@code one} is filled with {msg} and {@code key}; {@code all} heads the listing. */
    static Reply answer(Pop3State state, String argument, Pop3Context ctx, String one, String key, String all,
                        Value value) {
        Mailbox box = state.mailbox();
        if (Args.present(argument)) {
            long n = Args.number(argument);
            Message m = box.get(n);
            if (m == null) {
                return Reply.of(ctx.texts().noSuchMessage());
            }
            return Reply.of(Pop3Texts.fill(one, "msg", n, key, value.of(box, n, m)));
        }
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= box.size(); n++) {
            Message m = box.get(n);
            if (m != null) {
                lines.add(n + " " + value.of(box, n, m));
            }
        }
        return Reply.multi(all, lines);
    }
}
