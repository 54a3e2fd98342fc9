package dev.mirage.service.shell;

import dev.mirage.decoy.Decoys;
import dev.mirage.personality.Chance;

/**
 * Decides each login attempt, for Telnet and SSH alike: the aggressive personality's detections
 * first, then the profile's weak accounts, and the decoy files' accounts, as the personality's rules
 * allow them.
 */
public final class Logins {
    private final ShellTexts texts;
    private final LoginRules rules;
    private final Accounts accounts;

    /** Logins with no decoy accounts. */
    public Logins(ShellTexts texts, LoginRules rules) {
        this(texts, rules, Decoys.none());
    }

    public Logins(ShellTexts texts, LoginRules rules, Decoys decoys) {
        this.texts = texts;
        this.rules = rules;
        this.accounts = new Accounts(texts, decoys);
    }

    /** A user name and password (or keyboard-interactive answer); counts as a try. */
    public Login password(Tries tries, Chance chance, String user, String password) {
        if (rules.detect() && texts.admin(user)) {
            tries.failed();
            return new Login(Verdict.ROOT_LOGIN, null);
        }
        Account a = rules.weakAccounts() ? account(user, password) : null;
        if (a != null) {
            if (rules.broken()) {
                return new Login(Verdict.BROKEN, a);
            }
            if (tries.firstRight() && rules.firstFailsPercent() > 0 && chance.percent(rules.firstFailsPercent())) {
                tries.failed();
                return new Login(Verdict.INCORRECT, null);
            }
            return new Login(Verdict.SHELL, a);
        }
        tries.failed();
        if (rules.detect() && tries.failures() > rules.allowedFailures()) {
            return new Login(Verdict.BRUTE_FORCE, null);
        }
        return new Login(Verdict.INCORRECT, null);
    }

    /** A public key offered for a user: it never logs in and is no guess, but a root login is one all the same. */
    public Login key(String user) {
        if (rules.detect() && texts.admin(user)) {
            return new Login(Verdict.ROOT_LOGIN, null);
        }
        return new Login(Verdict.INCORRECT, null);
    }

    /** The one place a credential becomes an account: the system's ({@link Accounts}). */
    private Account account(String user, String password) {
        return accounts.open(user, password);
    }
}
