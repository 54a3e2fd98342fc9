package dev.mirage.service.ssh;

import dev.mirage.session.Session;
import java.io.IOException;
import java.time.Duration;
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
 */
final class PersonaSession extends ServerSessionImpl {
    private static final Duration DISCONNECT_WRITE = Duration.ofSeconds(5);
    private final SshTexts texts;

    PersonaSession(ServerFactoryManager server, IoSession io, SshTexts texts) throws Exception {
        super(server, io);
        this.texts = texts;
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
        Session s = SshEvents.of(this);
        if (s != null && s.closeReason() == null) {
            s.closeReason(closeReason);
        }
        int code = reason == SshConstants.SSH2_DISCONNECT_MAC_ERROR ? SshConstants.SSH2_DISCONNECT_PROTOCOL_ERROR : reason;
        signalDisconnect(code, text, "", true);
        Buffer b = createBuffer(SshConstants.SSH_MSG_DISCONNECT, text.length() + Short.SIZE);
        b.putInt(code);
        b.putString(text);
        b.putString("");
        writePacket(b, DISCONNECT_WRITE).addListener(f -> close(true));
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
