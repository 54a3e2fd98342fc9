package dev.mirage.service.telnet.commands;

import dev.mirage.service.shell.FakeShell;
import dev.mirage.service.shell.Login;

/**
 * A password typed at the password prompt, answered as the persona's login(1) answers the verdict:
 * the last-login lines and the first prompt of a weak account's shell; login's own words when home
 * and shell fail (failing); the site's detection notice (aggressive); or "Login incorrect" and a new
 * prompt, and after the last try only "Login incorrect" before the hang-up.
 */
public final class PasswordCommand {
    private final String afterPassword;
    private final String incorrect;
    private final String lastIncorrect;
    private final String loginPrompt;
    private final String failingLogin;
    private final String detected;

    public PasswordCommand(String afterPassword, String incorrect, String lastIncorrect, String loginPrompt,
                           String failingLogin, String detected) {
        this.afterPassword = afterPassword;
        this.incorrect = incorrect;
        this.lastIncorrect = lastIncorrect;
        this.loginPrompt = loginPrompt;
        this.failingLogin = failingLogin;
        this.detected = detected;
    }

    /**
     * The answer to a verdict; {@code shell} is the account's shell (SHELL and BROKEN), {@code last}
     * whether a wrong try ends the session.
     */
    public TelnetReply execute(Login login, FakeShell shell, boolean last) {
        String after = switch (login.verdict()) {
            case SHELL -> FakeShell.crlf(shell.motd() + shell.prompt());
            case BROKEN -> FakeShell.crlf(shell.fill(failingLogin));
            case ROOT_LOGIN, BRUTE_FORCE -> FakeShell.crlf(detected);
            case INCORRECT -> last ? lastIncorrect : incorrect + loginPrompt;
        };
        return TelnetReply.text(afterPassword + after);
    }
}
