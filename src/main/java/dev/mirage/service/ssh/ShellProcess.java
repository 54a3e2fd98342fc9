package dev.mirage.service.ssh;

import dev.mirage.service.shell.Account;
import dev.mirage.service.shell.Delay;
import dev.mirage.service.shell.FakeShell;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.apache.sshd.server.shell.ShellFactory;

/**
 * What a weak account's "shell" or "exec" request (RFC 4254 sections 6.5) starts: the fake shell,
 * answering from the profile on a virtual thread of its own and running nothing. Interactive, it
 * prints the last-login lines and a prompt and answers line by line until exit, end of input or the
 * policy's line limit; as exec it answers the one command line and exits with its status (127 for
 * "not found"). Under the failing personality it writes sshd's own words for a home directory and a
 * shell that fail, and exits 1. Each line and its answer are recorded ({@link SshEvents#command}).
 */
final class ShellProcess implements Command {
    private final SshTexts texts;
    private final SshPolicy policy;
    private final String execLine;
    private final int maxLine;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile Thread thread;

    private ShellProcess(SshTexts texts, SshPolicy policy, String execLine, int maxLine) {
        this.texts = texts;
        this.policy = policy;
        this.execLine = execLine;
        this.maxLine = maxLine;
    }

    /** Makes the process of both requests: shell (interactive) and exec (one command line). */
    static final class Factory implements ShellFactory, CommandFactory {
        private final SshTexts texts;
        private final SshPolicy policy;

        Factory(SshTexts texts, SshPolicy policy) {
            this.texts = texts;
            this.policy = policy;
        }

        @Override
        public Command createShell(ChannelSession channel) {
            return new ShellProcess(texts, policy, null, maxLine(channel));
        }

        @Override
        public Command createCommand(ChannelSession channel, String command) {
            return new ShellProcess(texts, policy, command, maxLine(channel));
        }

        private static int maxLine(ChannelSession channel) {
            var s = SshEvents.of(channel.getSession());
            return s == null ? 4096 : s.limits().maxLine();
        }
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // Everything goes to the terminal (stdout), as the shell's 2>&1 of a tty.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        SshState state = SshEvents.state(channel.getSession());
        Account account = state == null ? null : state.account();
        if (account == null) {
            exit.onExit(1);
            return;
        }
        boolean pty = channel instanceof ShellChannel c && c.pty();
        thread = Thread.ofVirtual().name("ssh-shell").start(() -> run(channel, state, account, pty));
    }

    private void run(ChannelSession channel, SshState state, Account account, boolean pty) {
        int status = 0;
        try {
            FakeShell shell = new FakeShell(texts.shell(), account, policy.maxCommands());
            if (state.broken()) {
                write(shell.fill(texts.failingShell()), pty);
                status = 1;
            } else if (execLine != null) {
                status = exec(channel, state, shell, pty);
            } else {
                interactive(channel, state, shell, pty);
            }
        } catch (IOException | RuntimeException gone) {
            // The channel closed under us: nothing more to say.
        } finally {
            exit.onExit(status);
        }
    }

    private int exec(ChannelSession channel, SshState state, FakeShell shell, boolean pty) throws IOException {
        Delay.pause(state.chance(), policy.maxDelayMillis());
        FakeShell.Answer a = shell.answer(execLine);
        SshEvents.command(channel.getSession(), "exec", execLine, a.output(), tags(a));
        write(a.output(), pty);
        return a.status();
    }

    private void interactive(ChannelSession channel, SshState state, FakeShell shell, boolean pty) throws IOException {
        write(shell.motd() + shell.prompt(), pty);
        Tty tty = new Tty(in, out, pty, maxLine);
        while (true) {
            Tty.Line line = tty.readLine();
            if (line.end()) {
                if (pty) {
                    write(shell.exit(), true);
                }
                return;
            }
            Delay.pause(state.chance(), policy.maxDelayMillis());
            FakeShell.Answer a = shell.answer(line.text());
            String reply = a.output() + (a.exit() || shell.exhausted() ? shell.exit() : shell.prompt());
            SshEvents.command(channel.getSession(), "shell", line.text(), reply, tags(a));
            write(reply, pty);
            if (a.exit() || shell.exhausted()) {
                return;
            }
        }
    }

    private static List<String> tags(FakeShell.Answer a) {
        return a.notFound() ? List.of("not-found") : List.of();
    }

    private void write(String text, boolean pty) throws IOException {
        if (!text.isEmpty()) {
            out.write((pty ? FakeShell.crlf(text) : text).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** The channel is closing: end the read the thread may be blocked in. */
    @Override
    public void destroy(ChannelSession channel) throws IOException {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        if (in != null) {
            in.close();
        }
    }
}
