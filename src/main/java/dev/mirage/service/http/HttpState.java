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

    /**
     * The port pages and redirects name for this request: the one in its Host header, as the client
     * addressed us, else the port the server claims (80 even when port-offset moved the listener,
     * since a firewall rule that forwards 80 there is how such a sensor is reached).
     */
    int port(Request req) {
        String host = req.header("Host");
        if (host == null) {
            return port;
        }
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.indexOf(']', colon) >= 0) {
            return port;
        }
        String digits = host.substring(colon + 1).strip();
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
            return port;
        }
        int p = Integer.parseInt(digits);
        return p > 0 && p <= 65535 ? p : port;
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
