package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3Phase;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/**
 * QUIT (RFC 1939 sections 4 and 6): ends the session; in TRANSACTION it first enters UPDATE, where a
 * real server would expunge. Here nothing is removed: the decoy mailbox comes from read-only config.
 */
public final class QuitCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        if (state.phase() == Pop3Phase.TRANSACTION) {
            state.update();
        }
        return Reply.of(ctx.texts().quit()).closing();
    }
}
