package dev.mirage.service.ssh;

import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/** RFC 4252 section 8: every password tried is recorded and judged by {@link Credentials}. */
final class PasswordCapture implements PasswordAuthenticator {
    static final String METHOD = "password";
    private final Credentials credentials;

    PasswordCapture(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        return credentials.password(session, METHOD, user, password);
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
