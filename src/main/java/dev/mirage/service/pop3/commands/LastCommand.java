package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Pop3Texts;
import dev.mirage.service.pop3.Reply;

/** LAST (RFC 1460, dropped by RFC 1725 but still answered by ipop3d): the highest message number accessed. */
public final class LastCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        return Reply.of(Pop3Texts.fill(ctx.texts().last(), "last", state.mailbox().last()));
    }
}
