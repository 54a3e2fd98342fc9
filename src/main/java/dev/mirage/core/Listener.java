package dev.mirage.core;

import dev.mirage.config.MirageConfig;
import dev.mirage.event.LimitReached;
import dev.mirage.event.Origin;
import dev.mirage.event.SessionClosed;
import dev.mirage.event.SessionOpened;
import dev.mirage.event.SessionRefused;
import dev.mirage.recorder.Recorder;
import dev.mirage.session.LimitExceededException;
import dev.mirage.session.Service;
import dev.mirage.session.Session;
import dev.mirage.session.SessionIds;
import dev.mirage.util.Addresses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Instant;

/**
 * One listening port. The accept loop runs on its own thread; each connection gets a virtual
 * thread that records connect, runs the service, and records close whatever happened.
 */
final class Listener {
    private final MirageConfig.ListenerSpec spec;
    private final String sensor;
    private final Service service;
    private final MirageConfig.Limits limits;
    private final Recorder recorder;
    private final ConnectionLimiter limiter;
    private final SessionTracker tracker;
    private ServerSocket server;
    private Thread acceptor;

    Listener(MirageConfig.ListenerSpec spec, String sensor, Service service, MirageConfig.Limits limits,
             Recorder recorder, ConnectionLimiter limiter, SessionTracker tracker) {
        this.spec = spec;
        this.sensor = sensor;
        this.service = service;
        this.limits = limits;
        this.recorder = recorder;
        this.limiter = limiter;
        this.tracker = tracker;
    }

    MirageConfig.ListenerSpec spec() {
        return spec;
    }

    Service service() {
        return service;
    }

    /** Binds; for the any-address it binds :: so that IPv4 and IPv6 both arrive, falling back to IPv4 alone. */
    void bind(String bindAddress) throws IOException {
        boolean any = bindAddress.equals("0.0.0.0") || bindAddress.equals("::");
        IOException v6failure = null;
        if (any) {
            try {
                server = open(InetAddress.getByName("::"));
                return;
            } catch (IOException e) {
                if (isPermissionOrInUse(e)) {
                    throw e;
                }
                v6failure = e;
            }
        }
        try {
            server = open(InetAddress.getByName(any ? "0.0.0.0" : bindAddress));
        } catch (IOException e) {
            if (v6failure != null) {
                e.addSuppressed(v6failure);
            }
            throw e;
        }
    }

    private ServerSocket open(InetAddress address) throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(address, spec.port()), 4096);
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    private static boolean isPermissionOrInUse(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("permission") || m.contains("in use");
    }

    int port() {
        return server.getLocalPort();
    }

    String address() {
        String host = Addresses.format(server.getInetAddress());
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getLocalPort();
    }

    void start() {
        acceptor = Thread.ofPlatform().name("accept-" + spec.service() + "-" + port()).daemon(true).start(this::acceptLoop);
    }

    void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        if (acceptor != null) {
            try {
                acceptor.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
                pause();
                continue;
            }
            accepted(socket);
        }
    }

    /** Too many open files and the like: back off a moment instead of spinning. */
    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accepted(Socket socket) {
        Instant now = Instant.now();
        Origin origin = new Origin(SessionIds.next(now.toEpochMilli()), sensor, spec.service(), spec.trap(),
                Addresses.format(socket.getInetAddress()), socket.getPort(),
                Addresses.format(socket.getLocalAddress()), socket.getLocalPort(), now);
        String refusal = tracker.stopping() ? "shutdown" : limiter.acquire(origin.sourceIp());
        if (refusal != null) {
            limiter.refused.increment();
            recorder.record(new SessionRefused(origin, refusal));
            closeQuietly(socket);
            return;
        }
        limiter.accepted.increment();
        recorder.record(new SessionOpened(origin));
        if (service.immediate()) {
            run(origin, socket);
            return;
        }
        try {
            Thread.ofVirtual().name("session-" + origin.sessionId()).start(() -> run(origin, socket));
        } catch (RuntimeException | OutOfMemoryError e) {
            closeQuietly(socket);
            recorder.record(new SessionClosed(Instant.now(), origin, "error", 0, 0));
            limiter.release(origin.sourceIp());
        }
    }

    private void run(Origin origin, Socket socket) {
        Session session = null;
        String reason;
        try {
            if (!spec.trap()) {
                socket.setTcpNoDelay(true);
            }
            session = new Session(origin, socket, recorder, limits);
            if (!tracker.add(session)) {
                reason = "shutdown";
            } else {
                service.serve(session);
                reason = session.closeReason() != null ? session.closeReason() : "done";
            }
        } catch (SocketTimeoutException e) {
            reason = "idle";
            recorder.record(new LimitReached(Instant.now(), origin, "idle", limits.idle().toMillis()));
        } catch (LimitExceededException e) {
            reason = e.limit();
            recorder.record(new LimitReached(Instant.now(), origin, e.limit(), e.value()));
        } catch (IOException e) {
            reason = tracker.stopping() ? "shutdown" : "reset";
        } catch (Throwable t) {
            // No exception escapes a session; the attacker sees a closed connection, the operator a reason.
            reason = "error";
            System.err.println("session " + origin.sessionId() + " (" + origin.service() + "): " + t);
        }
        closeQuietly(socket);
        if (tracker.stopping() && session != null && session.closeReason() == null && "reset".equals(reason)) {
            reason = "shutdown";
        }
        if (session != null) {
            session.finishTranscript();
        }
        long in = session == null ? 0 : session.bytesIn();
        long out = session == null ? 0 : session.bytesOut();
        try {
            recorder.record(new SessionClosed(Instant.now(), origin, reason, in, out));
        } finally {
            if (session != null) {
                tracker.remove(session);
            }
            limiter.release(origin.sourceIp());
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Nothing left to do with it.
        }
    }
}
