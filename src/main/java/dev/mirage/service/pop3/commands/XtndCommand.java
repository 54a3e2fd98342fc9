package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/** XTND (the Berkeley extension some clients still probe): refused as the claimed server refused it. */
public final class XtndCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        return Reply.of(ctx.texts().xtnd());
    }
}
