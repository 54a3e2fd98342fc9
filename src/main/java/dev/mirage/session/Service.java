package dev.mirage.session;

import java.io.IOException;

/** What listens on a port: a trap or an emulated service. Called on the session's own virtual thread. */
@FunctionalInterface
public interface Service {
    /** Talks to the client until done; the caller records connect and close, and closes the socket. */
    void serve(Session session) throws IOException;
}
