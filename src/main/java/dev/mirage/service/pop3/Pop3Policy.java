package dev.mirage.service.pop3;

import dev.mirage.personality.Personality;

/**
 * How the personality bends the POP3 service, decided here and nowhere else. For now every
 * personality lets the configured accounts in and refuses everyone else; the personality issue
 * adds failing, strange and aggressive behaviour here.
 */
public record Pop3Policy(boolean accountsLogIn) {
    public static Pop3Policy of(Personality personality) {
        // Open and secure alike: the configured accounts are the only way in, every other login fails.
        return new Pop3Policy(true);
    }
}
