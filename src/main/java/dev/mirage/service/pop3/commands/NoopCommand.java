package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/** NOOP (RFC 1939 section 5): does nothing, in the server's own words. */
public final class NoopCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        return Reply.of(ctx.texts().noop());
    }
}
