package dev.mirage.service.ssh;

import dev.mirage.net.Echo;
import java.io.IOException;
import java.util.Map;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * A session channel (RFC 4254 section 6) of a weak account: the terminal request is recorded and
 * granted, so is shell or exec (the fake shell, {@link ShellProcess}); environment variables are
 * recorded (up to a cap) and not kept; subsystems (SFTP), X11 and agent forwarding are refused and
 * recorded as refused.
 */
final class ShellChannel extends ChannelSession {
    static final ChannelFactory FACTORY = new ChannelFactory() {
        @Override
        public String getName() {
            return "session";
        }

        @Override
        public Channel createChannel(Session session) {
            return new ShellChannel();
        }
    };

    private volatile boolean pty;

    /** True when the client asked for a terminal, so the shell echoes and ends lines with CR LF. */
    boolean pty() {
        return pty;
    }

    @Override
    protected RequestHandler.Result handlePtyReqParsed(String term, int columns, int rows, int width, int height,
                                                       Map<PtyMode, Integer> modes) throws IOException {
        pty = true;
        SshState state = SshEvents.state(getSession());
        if (state != null && state.mayRecord(SshPolicy.MAX_RECORDED)) {
            SshEvents.clientInfo(getSession(), "ssh-terminal", Echo.safe(term, 64) + " " + columns
                    + "x" + rows);
        }
        return RequestHandler.Result.ReplySuccess;
    }

    /** RFC 4254 section 6.4: accepted, recorded (CVE-2014-6271 came this way), never passed to anything. */
    @Override
    protected RequestHandler.Result handleEnvParsed(String name, String value) {
        SshState state = SshEvents.state(getSession());
        if (state != null && state.mayRecord(SshPolicy.MAX_RECORDED)) {
            SshEvents.clientInfo(getSession(), "ssh-env", name + "=" + value);
        }
        return RequestHandler.Result.ReplySuccess;
    }

    @Override
    protected RequestHandler.Result handleSubsystemParsed(String request, String subsystem) {
        SshEvents.refused(getSession(), "subsystem", subsystem, "");
        return RequestHandler.Result.ReplyFailure;
    }

    @Override
    protected RequestHandler.Result handleAgentForwarding(String request, Buffer buffer, boolean wantReply) {
        SshEvents.refused(getSession(), "agent-forwarding", request, "");
        return RequestHandler.Result.ReplyFailure;
    }

    @Override
    protected RequestHandler.Result handleX11Forwarding(String request, Buffer buffer, boolean wantReply) {
        SshEvents.refused(getSession(), "x11-forwarding", request, "");
        return RequestHandler.Result.ReplyFailure;
    }
}
