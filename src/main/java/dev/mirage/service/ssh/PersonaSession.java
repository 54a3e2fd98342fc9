package dev.mirage.service.ssh;

import dev.mirage.session.Session;
import java.io.IOException;
import java.time.Duration;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.ServerFactoryManager;
import org.apache.sshd.server.session.ServerSessionImpl;
import org.apache.sshd.server.session.SessionFactory;

/**
 * The engine's server session speaking as the persona: the identification line is the profile's
 * whole line (the engine would force an "SSH-2.0-" prefix, and OpenSSH 3.1 said "SSH-1.99-"), and
 * every SSH_MSG_DISCONNECT (RFC 4253 section 11.1) carries the profile's text instead of the engine's.
 * Under the strange personality it also carries the connection's drawn banner.
 */
final class PersonaSession extends ServerSessionImpl {
    private static final Duration DISCONNECT_WRITE = Duration.ofSeconds(5);
    private final SshTexts texts;

    PersonaSession(ServerFactoryManager server, IoSession io, SshTexts texts) throws Exception {
        super(server, io);
        this.texts = texts;
        if (io instanceof SessionBridge b && !b.state().banner().isEmpty()) {
            // Strange: this connection's banner (RFC 4252 section 5.4), drawn from its dice.
            CoreModuleProperties.WELCOME_BANNER.set(this, b.state().banner());
        }
    }

    @Override
    protected String resolveIdentificationString(String configPropName) {
        return texts.version();
    }

    @Override
    public void disconnect(int reason, String engineText) throws IOException {
        String user = getUsername();
        String text;
        String closeReason;
        switch (reason) {
            case SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE -> {
                text = texts.tooManyFailures().replace("{user}", dev.mirage.net.Echo.safe(user, 100));
                closeReason = "auth-tries";
            }
            case SshConstants.SSH2_DISCONNECT_PROTOCOL_ERROR, SshConstants.SSH2_DISCONNECT_MAC_ERROR -> {
                text = texts.protocolError();
                closeReason = "protocol-error";
            }
            default -> {
                text = texts.otherDisconnect();
                closeReason = "disconnect";
            }
        }
        int code = reason == SshConstants.SSH2_DISCONNECT_MAC_ERROR ? SshConstants.SSH2_DISCONNECT_PROTOCOL_ERROR : reason;
        disconnect(code, text, closeReason);
    }

    /** Sends SSH_MSG_DISCONNECT with the persona's text, then closes; the session's close reason says why. */
    void disconnect(int code, String text, String closeReason) {
        Session s = SshEvents.of(this);
        if (s != null && s.closeReason() == null) {
            s.closeReason(closeReason);
        }
        try {
            signalDisconnect(code, text, "", true);
            Buffer b = createBuffer(SshConstants.SSH_MSG_DISCONNECT, text.length() + Short.SIZE);
            b.putInt(code);
            b.putString(text);
            b.putString("");
            writePacket(b, DISCONNECT_WRITE).addListener(f -> close(true));
        } catch (IOException | RuntimeException e) {
            close(true);
        }
    }

    /** Makes a {@link PersonaSession} for each connection handed over by the bridge. */
    static final class Factory extends SessionFactory {
        private final SshTexts texts;

        Factory(ServerFactoryManager server, SshTexts texts) {
            super(server);
            this.texts = texts;
        }

        @Override
        protected ServerSessionImpl doCreateSession(IoSession io) throws Exception {
            return new PersonaSession(getServer(), io, texts);
        }
    }
}
