package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/** CAPA (RFC 2449 section 5): the profile's capability list, valid before and after login. */
public final class CapaCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        return Reply.multi(ctx.texts().capa(), ctx.texts().capabilities());
    }
}
