package dev.mirage.service.ssh;

import java.util.List;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * RFC 4256: one prompt from the profile (PAM's "Password: " on the persona); each response is
 * recorded and judged as a credential of its own.
 */
final class KeyboardInteractiveCapture implements KeyboardInteractiveAuthenticator {
    static final String METHOD = "keyboard-interactive";
    private final SshTexts texts;
    private final Credentials credentials;

    KeyboardInteractiveCapture(SshTexts texts, Credentials credentials) {
        this.texts = texts;
        this.credentials = credentials;
    }

    @Override
    public InteractiveChallenge generateChallenge(ServerSession session, String user, String lang, String subMethods) {
        InteractiveChallenge c = new InteractiveChallenge();
        c.setInteractionName(texts.interactiveName());
        c.setInteractionInstruction(texts.interactiveInstruction());
        c.setLanguageTag("");
        c.addPrompt(texts.interactivePrompt(), false);
        return c;
    }

    @Override
    public boolean authenticate(ServerSession session, String user, List<String> responses) {
        boolean ok = false;
        List<String> answers = responses == null ? List.of() : responses;
        for (String response : answers.subList(0, Math.min(answers.size(), 16))) {
            ok |= credentials.password(session, METHOD, user, response);
        }
        return ok;
    }
}
