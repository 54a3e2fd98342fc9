package dev.mirage.service.ssh;

import dev.mirage.decoy.Decoys;
import dev.mirage.service.shell.Delay;
import dev.mirage.service.shell.Login;
import dev.mirage.service.shell.Logins;
import dev.mirage.service.shell.Verdict;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.session.ServerSession;

/**
 * Every credential the client offers, whatever the method, goes through here: it is recorded, judged
 * the way Telnet judges it ({@link Logins}), and acted on. A detected attempt (aggressive) or a failing
 * connection's corrupted packet ends the connection with the persona's text; the engine is then left
 * with an authentication that never completes ({@link AsyncAuthException}), so it says nothing more.
 */
final class Credentials {
    private final Logins logins;
    private final SshPolicy policy;
    private final SshTexts texts;

    Credentials(SshTexts texts, SshPolicy policy, Decoys decoys) {
        this.texts = texts;
        this.policy = policy;
        this.logins = new Logins(texts.shell(), policy.login(), decoys);
    }

    /** A password or keyboard-interactive answer: true when it logs in. */
    boolean password(ServerSession engine, String method, String user, String secret) {
        SshState state = SshEvents.state(engine);
        if (state == null) {
            return false;
        }
        Delay.pause(state.chance(), policy.maxDelayMillis());
        if (state.takeCorrupt()) {
            SshEvents.auth(engine, method, user, secret, false);
            end(engine, SshConstants.SSH2_DISCONNECT_PROTOCOL_ERROR, texts.protocolError(), "failing");
        }
        Login login = logins.password(state.tries(), state.chance(), user, secret);
        SshEvents.auth(engine, method, user, secret, login.verdict().accepted());
        detect(engine, login, user);
        if (login.verdict().accepted()) {
            state.loggedIn(login.account(), login.verdict() == Verdict.BROKEN);
            return true;
        }
        return false;
    }

    /**
     * A public key (already recorded): never logs in, but a root login with a key is detected all the
     * same. True when the connection was ended: the engine must then wait, not answer (it allows the
     * pending-for-good trick only to password methods, and a failure reply could overtake our text).
     */
    boolean keyEnds(ServerSession engine, String user) {
        return detected(engine, logins.key(user), user);
    }

    private void detect(ServerSession engine, Login login, String user) {
        if (detected(engine, login, user)) {
            throw new AsyncAuthException();
        }
    }

    private boolean detected(ServerSession engine, Login login, String user) {
        String kind = login.verdict().misbehaviour();
        if (kind == null) {
            return false;
        }
        SshEvents.misbehaviour(engine, kind, user);
        disconnect(engine, SshConstants.SSH2_DISCONNECT_HOST_NOT_ALLOWED_TO_CONNECT, texts.detected(), "detected");
        return true;
    }

    /** Disconnects with the persona's text and leaves the engine's authentication pending for good. */
    private static void end(ServerSession engine, int code, String text, String closeReason) {
        disconnect(engine, code, text, closeReason);
        throw new AsyncAuthException();
    }

    private static void disconnect(ServerSession engine, int code, String text, String closeReason) {
        if (engine instanceof PersonaSession p) {
            p.disconnect(code, text, closeReason);
        } else {
            engine.close(true);
        }
    }
}
