package dev.mirage.service.telnet.commands;

import dev.mirage.service.shell.FakeShell;
import java.util.List;

/**
 * A line typed at the fake shell's prompt: the shell's answer from the profile, then the next prompt;
 * after an exit command or the session's last allowed line, the shell's farewell and the hang-up.
 */
public final class ShellCommand {
    /** The reply, and the session's close reason when it ends here (null while it goes on). */
    public record Result(TelnetReply reply, String closeReason) {
    }

    public Result execute(FakeShell shell, String line) {
        FakeShell.Answer a = shell.answer(line);
        List<String> tags = a.notFound() ? List.of("not-found") : List.of();
        if (a.exit()) {
            return new Result(reply(a.output() + shell.exit(), tags), "logout");
        }
        if (shell.exhausted()) {
            return new Result(reply(a.output() + shell.exit(), tags), "commands");
        }
        return new Result(reply(a.output() + shell.prompt(), tags), null);
    }

    private static TelnetReply reply(String text, List<String> tags) {
        TelnetReply r = TelnetReply.text(FakeShell.crlf(text));
        return new TelnetReply(r.wire(), r.text(), null, null, null, tags);
    }
}
