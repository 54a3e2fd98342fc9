package dev.mirage.service.http;

import dev.mirage.personality.Chance;

/**
 * One connection's state: how many requests it carried, whether it stays open after the current
 * response (RFC 9112 section 9.3 persistence, bounded by keep-alive-max), and the session's dice
 * with what the policy drew from them when the connection opened.
 */
final class HttpState {
    private final int port;
    private final Chance dice;
    private final int keepAliveMax;
    private final int keepAliveTimeout;
    private final long pageAge;
    private int requests;
    private int keepalives;
    private boolean keepAlive;
    private boolean closing;

    /** The session's own keep-alive limits and page age are drawn here, once, in this order. */
    HttpState(int port, Chance dice, HttpPolicy policy, HttpTexts texts) {
        this.port = port;
        this.dice = dice;
        this.keepAliveMax = policy.keepAliveMax(dice, texts.keepAliveMax());
        this.keepAliveTimeout = policy.keepAliveTimeout(dice, texts.keepAliveTimeout());
        this.pageAge = policy.pageAge(dice);
    }

    /** The port the client connected to, as the error pages' signature names it. */
    int port() {
        return port;
    }

    /** The dice of this session (strange and failing). */
    Chance dice() {
        return dice;
    }

    /** Requests kept alive on this connection (the server's MaxKeepAliveRequests). */
    int keepAliveMax() {
        return keepAliveMax;
    }

    /** Seconds a kept-alive connection waits for the next request. */
    int keepAliveTimeout() {
        return keepAliveTimeout;
    }

    /** Seconds this session's pages are older than their files say. */
    long pageAge() {
        return pageAge;
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

    /** The connection closes after this response, whatever the client asked. */
    void close() {
        closing = true;
    }

    boolean closing() {
        return closing;
    }
}
