package dev.mirage.service.ssh;

import dev.mirage.event.AuthAttempt;
import dev.mirage.event.ClientInfo;
import dev.mirage.event.CommandReceived;
import dev.mirage.event.Misbehaviour;
import dev.mirage.session.Session;
import dev.mirage.util.Visible;
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

    /** The SSH state behind an engine session, or null if it is not one of ours. */
    static SshState state(org.apache.sshd.common.session.Session engine) {
        return engine != null && engine.getIoSession() instanceof SessionBridge b ? b.state() : null;
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

    /** A line typed at the fake shell ("shell") or sent as an exec request ("exec"), and what it was answered. */
    static void command(org.apache.sshd.common.session.Session engine, String verb, String line, String reply,
                        List<String> tags) {
        Session s = of(engine);
        if (s != null) {
            s.record(new CommandReceived(s.now(), s.origin(), verb, cap(line), cap(reply), tags));
        }
    }

    /** What the client said about its terminal or environment (pty-req, env). */
    static void clientInfo(org.apache.sshd.common.session.Session engine, String kind, String value) {
        Session s = of(engine);
        if (s != null) {
            s.record(new ClientInfo(s.now(), s.origin(), kind, cap(value)));
        }
    }

    /** The aggressive personality caught this: root-login or brute-force, with the user name made visible. */
    static void misbehaviour(org.apache.sshd.common.session.Session engine, String kind, String user) {
        Session s = of(engine);
        if (s != null) {
            s.record(new Misbehaviour(s.now(), s.origin(), kind, Visible.of(cap(user == null ? "" : user))));
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
