package dev.mirage.service.pop3.commands;

import dev.mirage.config.MirageConfig;
import dev.mirage.service.pop3.Credential;
import dev.mirage.service.pop3.Pop3Context;
import dev.mirage.service.pop3.Pop3State;
import dev.mirage.service.pop3.Reply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * APOP name digest (RFC 1939 section 7): the digest is MD5 of the greeting's timestamp and the
 * password. Only a server that offered a timestamp checks it; every attempt is handed back to be
 * recorded with the digest as its secret, offered or not.
 */
public final class ApopCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3State state, String argument, Pop3Context ctx) {
        String[] parts = Args.present(argument) ? argument.trim().split("[ \t]+", 2) : new String[0];
        if (parts.length < 2 || parts[0].isEmpty()) {
            return Reply.of(state.challenge() == null ? ctx.texts().apopUnsupported() : ctx.texts().apopMissing());
        }
        String user = parts[0];
        String digest = parts[1].trim();
        if (state.challenge() == null) {
            return Reply.of(ctx.texts().apopUnsupported()).tried(new Credential("apop", user, digest, false));
        }
        state.user(null);
        MirageConfig.Account account = ctx.account(state, user,
                password -> digest.equalsIgnoreCase(md5(state.challenge() + password)));
        Credential tried = new Credential("apop", user, digest, account != null);
        return ctx.conclude(state, account, tried, ctx.texts().apopBad());
    }

    static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
