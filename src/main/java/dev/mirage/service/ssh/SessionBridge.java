package dev.mirage.service.ssh;

import dev.mirage.session.Session;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.common.future.CloseFuture;
import org.apache.sshd.common.future.DefaultCloseFuture;
import org.apache.sshd.common.io.AbstractIoWriteFuture;
import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoService;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.io.IoWriteFuture;
import org.apache.sshd.common.util.Readable;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.closeable.AbstractCloseable;

/**
 * Hands a connection the core accepted to the SSH engine without the engine ever listening: this
 * is the engine's network session, built on the Mirage session's counting streams. The session's
 * own virtual thread reads and feeds the engine ({@link #feed}); a second virtual thread writes what
 * the engine queues, so a client that stops reading never blocks the engine. Limits, byte counts and
 * the idle timeout of the core stay in force, and the engine's callbacks find the Mirage session
 * (and so the attacker's real address) through {@link #session()}, and its state through {@link #state()}.
 */
final class SessionBridge extends AbstractCloseable implements IoSession {
    private static final AtomicLong IDS = new AtomicLong();
    private static final byte[] CLOSE = new byte[0];

    private final long id = IDS.incrementAndGet();
    private final Session session;
    private final SshState state;
    private final IoHandler handler;
    private final IoService service;
    private final long maxQueued;
    private final Map<Object, Object> attributes = new HashMap<>();
    private final BlockingQueue<Write> writes = new LinkedBlockingQueue<>();
    private final AtomicLong queued = new AtomicLong();
    private final SocketAddress remote;
    private final SocketAddress local;
    private volatile Thread writer;

    private record Write(byte[] data, Future future) {
    }

    /** The engine's handle on one write; done when the bytes went to the socket. */
    private static final class Future extends AbstractIoWriteFuture {
        Future(Object id) {
            super(id, null);
        }
    }

    SessionBridge(Session session, SshState state, IoHandler handler, IoService service, long maxQueued) {
        this.session = session;
        this.state = state;
        this.handler = handler;
        this.service = service;
        this.maxQueued = maxQueued;
        this.remote = address(session.origin().sourceIp(), session.origin().sourcePort());
        this.local = address(session.origin().destinationIp(), session.origin().destinationPort());
    }

    Session session() {
        return session;
    }

    /** The SSH state of this connection: its dice, login tries and the account it reached. */
    SshState state() {
        return state;
    }

    /** Starts the writer and lets the engine make its session (which sends our identification line). */
    void open() throws Exception {
        writer = Thread.ofVirtual().name("ssh-out-" + session.origin().sessionId()).start(this::writeLoop);
        service.getManagedSessions().put(id, this);
        handler.sessionCreated(this);
    }

    /** Passes bytes from the client to the engine; an engine failure ends the engine session, never us. */
    void feed(Readable data) {
        if (isClosing()) {
            return;
        }
        try {
            handler.messageReceived(this, data);
        } catch (Exception | LinkageError | StackOverflowError e) {
            try {
                handler.exceptionCaught(this, e);
            } catch (Exception | LinkageError | StackOverflowError again) {
                close(true);
            }
        }
    }

    private void writeLoop() {
        try {
            OutputStream out = session.out();
            while (true) {
                Write w = writes.take();
                if (w.data() == CLOSE) {
                    w.future().setValue(Boolean.TRUE);
                    return;
                }
                try {
                    out.write(w.data());
                    out.flush();
                    queued.addAndGet(-w.data().length);
                    w.future().setValue(Boolean.TRUE);
                } catch (IOException e) {
                    w.future().setValue(e);
                    close(true);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // Closed immediately: pending writes are failed by doCloseImmediately.
        }
    }

    @Override
    public IoWriteFuture writeBuffer(Buffer buffer) throws IOException {
        if (isClosing()) {
            throw new EOFException("closing");
        }
        byte[] data = buffer.getCompactData();
        if (queued.addAndGet(data.length) > maxQueued) {
            // The client does not read what we send: a flood in our direction ends the session.
            close(true);
            throw new EOFException("output queue full");
        }
        Future f = new Future(this);
        writes.add(new Write(data, f));
        return f;
    }

    /** Flushes what the engine queued (its disconnect message, say), then closes. */
    @Override
    protected CloseFuture doCloseGracefully() {
        DefaultCloseFuture drained = new DefaultCloseFuture(this, futureLock);
        Future marker = new Future(this);
        marker.addListener(f -> drained.setClosed());
        writes.add(new Write(CLOSE, marker));
        return drained;
    }

    @Override
    protected void doCloseImmediately() {
        Thread w = writer;
        if (w != null && w != Thread.currentThread()) {
            w.interrupt();
        }
        Write pending;
        while ((pending = writes.poll()) != null) {
            pending.future().setValue(new EOFException("closed"));
        }
        // Our last packet out, then FIN; the pump reads the client's goodbye, so no reset eats the disconnect.
        session.endSoon();
        service.getManagedSessions().remove(id);
        super.doCloseImmediately();
        try {
            handler.sessionClosed(this);
        } catch (Exception | LinkageError | StackOverflowError e) {
            // The engine session is gone either way.
        }
        synchronized (attributes) {
            attributes.clear();
        }
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public SocketAddress getRemoteAddress() {
        return remote;
    }

    @Override
    public SocketAddress getLocalAddress() {
        return local;
    }

    @Override
    public SocketAddress getAcceptanceAddress() {
        return local;
    }

    @Override
    public Object getAttribute(Object key) {
        synchronized (attributes) {
            return attributes.get(key);
        }
    }

    @Override
    public Object setAttribute(Object key, Object value) {
        synchronized (attributes) {
            return attributes.put(key, value);
        }
    }

    @Override
    public Object setAttributeIfAbsent(Object key, Object value) {
        synchronized (attributes) {
            return attributes.putIfAbsent(key, value);
        }
    }

    @Override
    public Object removeAttribute(Object key) {
        synchronized (attributes) {
            return attributes.remove(key);
        }
    }

    @Override
    public IoService getService() {
        return service;
    }

    /** Half-close is for forwarded channels, which we never open. */
    @Override
    public void shutdownOutputStream() {
    }

    /** Read suspension is for forwarded channels, which we never open. */
    @Override
    public void suspendRead() {
    }

    @Override
    public void resumeRead() {
    }

    @Override
    public String toString() {
        return "bridge-" + session.origin().sessionId();
    }

    /** The address as a literal (getByName on a literal never asks DNS); unresolved if it is not one. */
    private static SocketAddress address(String ip, int port) {
        try {
            if (ip != null && ip.matches("[0-9a-fA-F:.%]+")) {
                return new InetSocketAddress(InetAddress.getByName(ip), port);
            }
        } catch (IOException e) {
            // Fall through.
        }
        return InetSocketAddress.createUnresolved(String.valueOf(ip), port);
    }
}
