package dev.mirage.service.ssh;

import java.io.IOException;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.session.AbstractServerSession;
import org.apache.sshd.server.session.ServerConnectionService;
import org.apache.sshd.server.session.ServerConnectionServiceFactory;

/**
 * The ssh-connection service (RFC 4254), reached only after a weak account's login: session channels
 * (up to the policy's number per connection) lead to the fake shell ({@link ShellChannel}); every
 * other channel open (direct-tcpip, X11, agent) is refused before any channel exists, and every
 * global request (tcpip-forward, ...) is answered with failure. Each refusal is recorded.
 */
final class ShellConnectionService extends ServerConnectionService {
    private final SshTexts texts;
    private final SshPolicy policy;

    private ShellConnectionService(AbstractServerSession session, SshTexts texts, SshPolicy policy) throws IOException {
        super(session);
        this.texts = texts;
        this.policy = policy;
    }

    /** RFC 4254 section 5.1: a session channel opens; anything else is answered with OPEN_FAILURE, prohibited. */
    @Override
    protected void channelOpen(Buffer buffer) throws Exception {
        int start = buffer.rpos();
        String type = buffer.getString();
        SshState state = SshEvents.state(getSession());
        if (type.equals("session") && state != null && state.account() != null
                && state.mayOpenChannel(policy.maxChannels())) {
            buffer.rpos(start);
            super.channelOpen(buffer);
            return;
        }
        long sender = buffer.getUInt();
        String what = type;
        if (type.equals("direct-tcpip") || type.equals("forwarded-tcpip")) {
            buffer.getUInt(); // window size
            buffer.getUInt(); // maximum packet size
            what = type + " " + target(buffer);
        }
        SshEvents.refused(getSession(), "channel-open", what, texts.channelOpenFailure());
        sendChannelOpenFailure(buffer, sender, SshConstants.SSH_OPEN_ADMINISTRATIVELY_PROHIBITED,
                texts.channelOpenFailure(), "");
    }

    /** RFC 4254 section 4: every global request (remote forwarding among them) fails. */
    @Override
    protected org.apache.sshd.common.io.IoWriteFuture globalRequest(Buffer buffer) throws Exception {
        String request = buffer.getString();
        boolean wantReply = buffer.getBoolean();
        String what = request.equals("tcpip-forward") || request.equals("cancel-tcpip-forward")
                ? request + " " + target(buffer) : request;
        SshEvents.refused(getSession(), "global-request", what, "");
        return sendGlobalResponse(buffer, request, RequestHandler.Result.ReplyFailure, wantReply);
    }

    /** "host:port" of a forwarding request (RFC 4254 sections 7.1 and 7.2), or "?" if malformed. */
    private static String target(Buffer buffer) {
        try {
            String host = buffer.getString();
            return dev.mirage.net.Echo.safe(host, 255) + ":" + buffer.getUInt();
        } catch (RuntimeException malformed) {
            return "?";
        }
    }

    static final class Factory extends ServerConnectionServiceFactory {
        private final SshTexts texts;
        private final SshPolicy policy;

        Factory(SshTexts texts, SshPolicy policy) {
            this.texts = texts;
            this.policy = policy;
        }

        @Override
        public Service create(Session session) throws IOException {
            return new ShellConnectionService((AbstractServerSession) session, texts, policy);
        }
    }
}
