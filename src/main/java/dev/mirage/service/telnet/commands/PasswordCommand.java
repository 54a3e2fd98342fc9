package dev.mirage.service.telnet.commands;

/**
 * A password typed at the password prompt. No login succeeds in this issue: login says the
 * profile's "Login incorrect" and prompts again, and after the last try says so and hangs up.
 */
public final class PasswordCommand {
    private final String afterPassword;
    private final String incorrect;
    private final String lastIncorrect;
    private final String loginPrompt;

    public PasswordCommand(String afterPassword, String incorrect, String lastIncorrect, String loginPrompt) {
        this.afterPassword = afterPassword;
        this.incorrect = incorrect;
        this.lastIncorrect = lastIncorrect;
        this.loginPrompt = loginPrompt;
    }

    /** The answer to a wrong try; {@code last} when the session ends after it. */
    public TelnetReply execute(String user, String password, boolean last) {
        return TelnetReply.text(afterPassword + (last ? lastIncorrect : incorrect + loginPrompt));
    }
}
