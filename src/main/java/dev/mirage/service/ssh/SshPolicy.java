package dev.mirage.service.ssh;

import dev.mirage.personality.Personality;

import java.util.function.BiPredicate;

/**
 * What the personality changes in SSH, decided in this one place. In this version no credential
 * ever logs in, whatever the personality; the personality issue adds weak accounts here.
 *
 * @param accepts whether a (user, password or key fingerprint) pair logs in
 */
public record SshPolicy(BiPredicate<String, String> accepts) {

    /** The policy of a personality; every personality refuses every login for now. */
    public static SshPolicy of(Personality personality) {
        return new SshPolicy((user, secret) -> false);
    }

    boolean loginAccepted(String user, String secret) {
        try {
            return accepts.test(user, secret);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
