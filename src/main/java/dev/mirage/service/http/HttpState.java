package dev.mirage.service.http;

/**
 * One connection's state: how many requests it carried and whether it stays open after the
 * current response (RFC 9112 section 9.3 persistence, bounded by the profile's keep-alive-max).
 */
final class HttpState {
    private final int port;
    private int requests;
    private int keepalives;
    private boolean keepAlive;

    HttpState(int port) {
        this.port = port;
    }

    /** The port the client connected to, as the error pages' signature names it. */
    int port() {
        return port;
    }

    int requests() {
        return requests;
    }

    void requestStarted() {
        requests++;
        keepAlive = false;
    }

    /** Responses sent so far that kept the connection open. */
    int keepalives() {
        return keepalives;
    }

    void keptAlive() {
        keepalives++;
        keepAlive = true;
    }

    boolean keepAlive() {
        return keepAlive;
    }
}
