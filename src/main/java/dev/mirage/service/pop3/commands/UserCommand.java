package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/** USER name (RFC 1939 section 7): remembers the name for PASS; a second USER replaces the first. */
public final class UserCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        state.user(null);
        if (!Args.present(argument) || argument.isBlank()) {
            return Reply.of(ctx.texts().userMissing());
        }
        state.user(argument.substring(Args.skipBlanks(argument, 0)));
        return Reply.of(ctx.texts().userOk());
    }
}
