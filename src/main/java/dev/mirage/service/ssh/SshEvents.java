package dev.mirage.service.ssh;

import dev.mirage.event.AuthAttempt;
import dev.mirage.event.ClientInfo;
import dev.mirage.event.CommandReceived;
import dev.mirage.session.Session;
import java.util.List;

/**
 * The one place the SSH service records events. The engine's callbacks (authenticators, refused
 * channels) find the Mirage session through the bridge that carries the connection, so every event
 * bears the identity fixed when the attacker's connection was accepted.
 */
final class SshEvents {
    /** Cap on any attacker string kept in an event (user names, passwords, requests). */
    static final int MAX_TEXT = 1024;

    private SshEvents() {
    }

    /** The Mirage session behind an engine session, or null if it is not one of ours. */
    static Session of(org.apache.sshd.common.session.Session engine) {
        return engine != null && engine.getIoSession() instanceof SessionBridge b ? b.session() : null;
    }

    static void auth(org.apache.sshd.common.session.Session engine, String method, String user, String secret,
                     boolean success) {
        Session s = of(engine);
        if (s != null) {
            s.record(new AuthAttempt(s.now(), s.origin(), method, cap(user), cap(secret), success));
        }
    }

    /** A request we never grant (shell, exec, subsystem, forwarding, agent, X11): recorded as refused. */
    static void refused(org.apache.sshd.common.session.Session engine, String verb, String argument, String reply) {
        Session s = of(engine);
        if (s != null) {
            s.record(new CommandReceived(s.now(), s.origin(), verb, cap(argument), reply, List.of("refused")));
        }
    }

    static void clientVersion(Session s, String line) {
        s.record(new ClientInfo(s.now(), s.origin(), "ssh-version", cap(line)));
    }

    /** A first line that is no usable identification, or half of one cut by end of stream. */
    static void badIdentification(Session s, String line, String reply, String tag) {
        s.record(new CommandReceived(s.now(), s.origin(), "identification", cap(line), reply, List.of(tag)));
    }

    static String cap(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
