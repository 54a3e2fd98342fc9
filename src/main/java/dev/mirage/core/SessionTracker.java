package dev.mirage.core;

import dev.mirage.session.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The sessions in progress, so that shutdown can end them and wait until each is recorded. */
final class SessionTracker {
    private final Set<Session> live = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private volatile boolean stopping;

    boolean add(Session s) {
        live.add(s);
        if (stopping) {
            live.remove(s);
            return false;
        }
        return true;
    }

    void remove(Session s) {
        live.remove(s);
        if (stopping) {
            synchronized (lock) {
                lock.notifyAll();
            }
        }
    }

    /** Ends the input of every session idle for longer than idleNanos (see Session.expireIfIdle). */
    void expireIdle(long idleNanos) {
        long now = System.nanoTime();
        for (Session s : live) {
            s.expireIfIdle(now, idleNanos);
        }
    }

    boolean stopping() {
        return stopping;
    }

    /** Ends every live session and waits (at most timeoutMillis) until they have all been recorded as closed. */
    void stopAll(long timeoutMillis, java.util.function.IntSupplier open) throws InterruptedException {
        stopping = true;
        for (Session s : live) {
            s.abort();
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (lock) {
            while (open.getAsInt() > 0 && System.currentTimeMillis() < deadline) {
                for (Session s : live) {
                    s.abort();
                }
                lock.wait(20);
            }
        }
    }
}
