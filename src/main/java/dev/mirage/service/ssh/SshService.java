package dev.mirage.service.ssh;

import dev.mirage.net.LineReader;
import dev.mirage.session.LimitExceededException;
import dev.mirage.session.Service;
import dev.mirage.session.ServiceContext;
import dev.mirage.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * SSH on Apache MINA SSHD, as the persona's OpenSSH. The core accepts the connection; this service
 * reads the client's identification line itself (RFC 4253 section 4.2, bounded like OpenSSH 3.1's
 * 255-byte buffer) and answers a bad one as that sshd did, then hands the byte stream to the engine
 * through a {@link SessionBridge}. The engine never listens on any port. Passwords, keyboard-
 * interactive answers and public keys are captured; the profile's weak accounts (as the personality
 * allows, {@link SshPolicy}) reach the fake shell, which runs nothing; nothing forwards.
 */
public final class SshService implements Service, AutoCloseable {
    /** OpenSSH 3.1 read the client's line into a 256-byte buffer (sshd.c); RFC 4253 section 4.2 says 255. */
    static final int MAX_IDENTIFICATION = 255;
    /** "SSH-protoversion-softwareversion", as sshd's sscanf("SSH-%d.%d-%[^\n]") took it. */
    private static final Pattern IDENTIFICATION = Pattern.compile("SSH-(\\d{1,9})\\.(\\d{1,9})-(.+)", Pattern.DOTALL);
    private static final long CLOSE_WAIT_MS = 3000;

    private final ServiceContext ctx;
    private final SshTexts texts;
    private final SshPolicy policy;
    private final Engine engine;

    public SshService(ServiceContext ctx) {
        this(ctx, SshPolicy.of(ctx.personality("ssh")));
    }

    SshService(ServiceContext ctx, SshPolicy policy) {
        this.ctx = ctx;
        this.policy = policy;
        this.texts = ctx.profile().section("ssh", SshTexts.class);
        try {
            this.engine = Engine.create(texts, policy, ctx.decoys(), HostKeys.load(ctx.folder("ssh")));
        } catch (IOException e) {
            throw new UncheckedIOException("ssh host keys: " + e.getMessage(), e);
        }
    }

    @Override
    public void serve(Session session) throws IOException {
        SshState state = new SshState(ctx.chance("ssh"), policy, texts);
        SessionBridge bridge = new SessionBridge(session, state, engine.handler(), engine.bridges(),
                session.limits().maxBytes().bytes());
        try {
            bridge.open();
        } catch (Exception e) {
            bridge.close(true);
            throw new IOException("ssh session could not start", e);
        }
        try {
            if (identification(session, bridge)) {
                // Both identification lines (and the server's first key-exchange packet) are on record;
                // what follows is ciphertext, worthless in a transcript.
                session.disableTranscript();
                if (state.reset()) {
                    // Failing: sshd's child dies in the middle of the key exchange.
                    session.closeReason("failing");
                    return;
                }
                pump(session, bridge);
            }
        } finally {
            bridge.close(true);
        }
    }

    /** Reads and checks the client's line; true when the engine got it and the session goes on. */
    private boolean identification(Session session, SessionBridge bridge) throws IOException {
        LineReader lines = new LineReader(session.in(), Math.min(MAX_IDENTIFICATION, session.limits().maxLine()));
        LineReader.Line first;
        try {
            first = lines.readLine();
        } catch (LimitExceededException e) {
            sendAndClose(bridge, texts.protocolMismatch());
            throw e;
        }
        if (first == null) {
            session.closeReason("peer");
            return false;
        }
        String line = first.text();
        if (!first.terminated()) {
            SshEvents.badIdentification(session, line, "", "incomplete");
            session.closeReason("peer");
            return false;
        }
        Matcher m = IDENTIFICATION.matcher(line);
        if (!m.matches()) {
            SshEvents.badIdentification(session, line, texts.protocolMismatch(), "protocol-mismatch");
            sendAndClose(bridge, texts.protocolMismatch());
            session.closeReason("protocol-mismatch");
            return false;
        }
        SshEvents.clientVersion(session, line);
        boolean speaksTwo = m.group(1).equals("2") && m.group(2).equals("0")
                || m.group(1).equals("1") && m.group(2).equals("99");
        if (!speaksTwo) {
            SshEvents.badIdentification(session, line, texts.majorMismatch(), "version-mismatch");
            sendAndClose(bridge, texts.majorMismatch());
            session.closeReason("version-mismatch");
            return false;
        }
        byte[] rest = new byte[lines.buffered()];
        lines.readRaw(rest, 0, rest.length);
        byte[] ident = first.bytes();
        byte[] all = Arrays.copyOf(ident, ident.length + 2 + rest.length);
        all[ident.length] = '\r';
        all[ident.length + 1] = '\n';
        System.arraycopy(rest, 0, all, ident.length + 2, rest.length);
        bridge.feed(new ByteArrayBuffer(all));
        return true;
    }

    /**
     * Client to engine until the client ends. Once the engine has closed (its disconnect is on the
     * wire, our side half-closed), the client's bytes are still read and dropped until it closes or the
     * bridge's grace runs out: returning would close a socket with unread input, and the reset that
     * sends can reach the client before it has read our disconnect text.
     */
    private static void pump(Session session, SessionBridge bridge) throws IOException {
        InputStream in = session.in();
        byte[] buf = new byte[32 * 1024];
        while (true) {
            int n;
            try {
                n = in.read(buf, 0, buf.length);
            } catch (IOException e) {
                if (bridge.isClosing() && !(e instanceof LimitExceededException)) {
                    break;
                }
                throw e;
            }
            if (n < 0) {
                break;
            }
            bridge.feed(new ByteArrayBuffer(buf, 0, n));
        }
        if (session.closeReason() == null) {
            session.closeReason("peer");
        }
    }

    /** The persona's one-line answer to a bad identification (sshd wrote it with LF), then close. */
    private static void sendAndClose(SessionBridge bridge, String text) {
        try {
            if (!text.isEmpty()) {
                bridge.writeBuffer(new ByteArrayBuffer((text + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            bridge.close(false).await(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            bridge.close(true);
        }
    }

    /** Ends live sessions and the engine's timer thread; the daemon calls it when it stops. */
    @Override
    public void close() {
        engine.shutdown();
    }
}
