package dev.mirage.service.ftp;

import dev.mirage.service.shell.Accounts;
import dev.mirage.session.Session;
import java.io.IOException;
import java.net.Socket;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command may use: the session's state, the profile texts, the fake file system, the
 * personality's policy, and the quarantine. A command does not record events; it leaves notes here
 * (a tag, a credential tried, a file received) that the dispatcher turns into events.
 */
public final class FtpContext {
    private final Session session;
    private final FtpState state;
    private final FtpService service;
    private String line = "";
    private final List<Reply> preliminary = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private Credential credential;
    private Upload upload;
    private Detection detection;

    /** A USER/PASS pair tried, and whether it let the client in. */
    public record Credential(String user, String password, boolean success) {
    }

    /** A file the client sent with STOR: its name as sent and what the quarantine made of it. */
    public record Upload(String name, Quarantine.Result result) {
    }

    /** Misbehaviour the aggressive server caught: its kind (anonymous-login, ...) and what was sent. */
    public record Detection(String kind, String detail) {
    }

    FtpContext(Session session, FtpState state, FtpService service) {
        this.session = session;
        this.state = state;
        this.service = service;
    }

    /** Starts a new command: clears the notes of the previous one. */
    void begin(String commandLine) {
        line = commandLine;
        preliminary.clear();
        tags.clear();
        credential = null;
        upload = null;
        detection = null;
    }

    public FtpState state() {
        return state;
    }

    public FtpTexts texts() {
        return service.texts();
    }

    public FakeFileSystem fs() {
        return service.fs();
    }

    public FtpPolicy policy() {
        return service.policy();
    }

    /** The system's user database: who logs in besides the guest. */
    public Accounts accounts() {
        return service.accounts();
    }

    public Quarantine quarantine() {
        return service.quarantine();
    }

    public ListFormat listFormat() {
        return service.listFormat();
    }

    public Session session() {
        return session;
    }

    /** The host name the persona claims. */
    public String host() {
        return service.host();
    }

    /** The server's clock, as the persona's "ls" and MDTM show it. */
    public LocalDateTime now() {
        return LocalDateTime.now(ZoneId.of("UTC"));
    }

    /** The whole command line, for "'...': command not understood.". */
    public String line() {
        return line;
    }

    /** A profile text with its placeholders filled (values made safe). */
    public Reply reply(String template, Object... pairs) {
        return Reply.of(Template.fill(template, pairs));
    }

    /** wu-ftpd's answer to a line its grammar does not accept. */
    public Reply syntaxError() {
        return reply(texts().unknownCommand(), "line", line);
    }

    /** Sends a preliminary reply (150) now; the dispatcher records it with the final one. */
    public void send(Reply r) throws IOException {
        session.out().write(r.wire());
        session.out().flush();
        preliminary.add(r);
    }

    public void tag(String t) {
        tags.add(t);
    }

    public void credential(String user, String password, boolean success) {
        credential = new Credential(user, password, success);
    }

    public void upload(String name, Quarantine.Result result) {
        upload = new Upload(name, result);
    }

    /**
     * The aggressive answer: the site's "detected and reported" notice; the dispatcher records the
     * misbehaviour and the session ends after this reply.
     */
    public Reply detected(String kind, String detail) {
        detection = new Detection(kind, detail);
        state.end("detected");
        return reply(texts().detected(), "ip", session.origin().sourceIp(), "host", host());
    }

    /** True in {@code percent} of 100 on this session's dice; never when the percent is 0 (no die thrown). */
    public boolean chance(int percent) {
        return percent > 0 && state.chance.percent(percent);
    }

    /** Whether the strange personality's quirk strikes now. */
    public boolean odd() {
        return chance(policy().oddities().percent());
    }

    List<Reply> preliminary() {
        return preliminary;
    }

    List<String> tags() {
        return tags;
    }

    Credential credential() {
        return credential;
    }

    Upload upload() {
        return upload;
    }

    Detection detection() {
        return detection;
    }

    /** Milliseconds a data connection may take to open or stall. */
    public int dataTimeout() {
        return (int) Math.min(30_000, Math.max(1, session.limits().idle().toMillis()));
    }

    /** Most bytes one session may send over data connections (uploads included). */
    public long uploadLimit() {
        return Math.max(service.uploadMax(), session.limits().maxBytes().bytes());
    }

    /** The part of a transfer that uses the data connection; an IOException there aborts the transfer. */
    @FunctionalInterface
    public interface DataWork {
        Reply run(Socket data) throws IOException;
    }

    /**
     * Runs a transfer over the pending data connection (RFC 959 section 5.4 sequence: 150, data,
     * 226): the channel is consumed and closed whatever happens. Without a channel, or when it does
     * not open, the reply is wu-ftpd's 425; a broken data connection gives its 426.
     */
    public Reply transfer(Reply opening, DataWork work) throws IOException {
        DataChannel d = state.data;
        if (d == null) {
            return reply(texts().noDataConnection());
        }
        state.data = null;
        try {
            Socket s;
            try {
                s = d.open();
            } catch (IOException e) {
                if (d.isPassive()) {
                    return reply(texts().dataAcceptFailed());
                }
                return reply(e instanceof java.net.SocketTimeoutException ? texts().dataConnectTimeout()
                        : texts().dataConnectRefused());
            }
            send(opening);
            Reply done;
            try {
                done = work.run(s);
            } catch (IOException e) {
                done = reply(texts().transferAborted());
            }
            d.close();
            state.transfers++;
            return done;
        } finally {
            d.close();
        }
    }
}
