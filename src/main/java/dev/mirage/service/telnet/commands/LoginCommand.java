package dev.mirage.service.telnet.commands;

/** A user name typed at the login prompt: login asks for the password, whatever the name (no user enumeration). */
public final class LoginCommand {
    private final String passwordPrompt;

    public LoginCommand(String passwordPrompt) {
        this.passwordPrompt = passwordPrompt;
    }

    public TelnetReply execute(String user) {
        return TelnetReply.text(passwordPrompt);
    }
}
