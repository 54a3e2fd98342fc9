package dev.mirage.service.ssh;

import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/** RFC 4252 section 8: every password tried is recorded; the policy decides (for now: never). */
final class PasswordCapture implements PasswordAuthenticator {
    static final String METHOD = "password";
    private final SshPolicy policy;

    PasswordCapture(SshPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        boolean ok = policy.loginAccepted(user, password);
        SshEvents.auth(session, METHOD, user, password, ok);
        return ok;
    }

    /** A client asking to change its password still told us the old one (and a new one): both recorded. */
    @Override
    public boolean handleClientPasswordChangeRequest(ServerSession session, String user, String oldPassword,
                                                     String newPassword) {
        SshEvents.auth(session, METHOD, user, oldPassword, false);
        SshEvents.auth(session, METHOD, user, newPassword, false);
        return false;
    }
}
