package dev.mirage.service.ftp;

import dev.mirage.util.Addresses;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * The data connection of RFC 959 section 3.2, set up by PASV/EPSV (we listen) or PORT/EPRT (we
 * connect). Passive: bound to the control connection's own local address on a free port, accepting
 * only the control connection's peer, within a timeout. Active: connects only to that same peer.
 * Every socket it makes is closed by {@link #close()}.
 */
public final class DataChannel implements Closeable {
    private final ServerSocket listener;
    private final InetAddress peer;
    private final int activePort;
    private final int timeoutMillis;
    private Socket socket;

    private DataChannel(ServerSocket listener, InetAddress peer, int activePort, int timeoutMillis) {
        this.listener = listener;
        this.peer = peer;
        this.activePort = activePort;
        this.timeoutMillis = timeoutMillis;
    }

    /** Listens on {@code local} (port 0) for the client at {@code peer}. */
    public static DataChannel passive(InetAddress local, InetAddress peer, int timeoutMillis) throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            s.bind(new InetSocketAddress(local, 0), 1);
            return new DataChannel(s, peer, 0, timeoutMillis);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Will connect to {@code peer:port} when a transfer starts; the caller has checked it is the client. */
    public static DataChannel active(InetAddress peer, int port, int timeoutMillis) {
        return new DataChannel(null, peer, port, timeoutMillis);
    }

    public boolean isPassive() {
        return listener != null;
    }

    /** The port we listen on (passive only). */
    public int port() {
        return listener == null ? 0 : listener.getLocalPort();
    }

    /** Accepts or connects; connections from any other address than the peer are closed unseen. */
    public Socket open() throws IOException {
        if (listener == null) {
            Socket s = new Socket();
            socket = s;
            s.connect(new InetSocketAddress(peer, activePort), timeoutMillis);
        } else {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            while (socket == null) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new SocketTimeoutException("accept");
                }
                listener.setSoTimeout((int) Math.max(1, left));
                Socket s = listener.accept();
                if (Addresses.format(s.getInetAddress()).equals(Addresses.format(peer))) {
                    socket = s;
                } else {
                    s.close();
                }
            }
            listener.close();
        }
        socket.setSoTimeout(timeoutMillis);
        return socket;
    }

    @Override
    public void close() {
        closeQuietly(socket);
        closeQuietly(listener);
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException ignored) {
            // Closing is all we wanted.
        }
    }
}
