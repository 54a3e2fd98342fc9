package dev.mirage.service.pop3.commands;

import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/** RPOP (RFC 1081, trusted-host login): refused with the claimed server's own remark. */
public final class RpopCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        return Reply.of(ctx.texts().rpop());
    }
}
