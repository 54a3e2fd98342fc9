package dev.mirage.session;

import java.io.IOException;

/** What listens on a port: a trap or an emulated service. Called on the session's own virtual thread. */
@FunctionalInterface
public interface Service {
    /** Talks to the client until done; the caller records connect and close, and closes the socket. */
    void serve(Session session) throws IOException;

    /**
     * True when serve() never waits for the client (a trap with a window of 0): the accept thread
     * then runs it itself, Specter's accept-record-close, with no thread of its own per connection.
     */
    default boolean immediate() {
        return false;
    }
}
