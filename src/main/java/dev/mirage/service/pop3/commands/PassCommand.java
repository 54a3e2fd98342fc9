package dev.mirage.service.pop3.commands;

import dev.mirage.config.MirageConfig;
import dev.mirage.service.pop3.Credential;
import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;

/**
 * PASS string (RFC 1939 section 7), valid after USER. An account with its password opens its
 * mailbox; anything else gets the server's one vague refusal ({@link Pop3Context#conclude} decides,
 * with the personality). Either way the pair is handed back to the dispatcher to record. The user
 * name stays, so PASS may be tried again.
 */
public final class PassCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        if (!Args.present(argument)) {
            return Reply.of(ctx.texts().passMissing());
        }
        MirageConfig.Account account = ctx.account(state, state.user(), argument::equals);
        Credential tried = new Credential("password", state.user(), argument, account != null);
        return ctx.conclude(state, account, tried, ctx.texts().loginBad());
    }
}
