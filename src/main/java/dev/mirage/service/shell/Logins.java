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
    private final Decoys decoys;

    /** Logins with no decoy accounts. */
    public Logins(ShellTexts texts, LoginRules rules) {
        this(texts, rules, Decoys.none());
    }

    public Logins(ShellTexts texts, LoginRules rules, Decoys decoys) {
        this.texts = texts;
        this.rules = rules;
        this.decoys = decoys;
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

    /**
     * The one place a credential becomes an account: a weak account of the profile, else a password
     * cracked from a decoy file (where the personality lets weak accounts in, the attacker who cracked
     * one gets the shell they expect, and stays on record). Root and Administrator stay out: the
     * networks these systems sat on let no admin log in from afar.
     */
    private Account account(String user, String password) {
        Account weak = texts.account(user, password);
        if (weak != null || texts.admin(user)) {
            return weak;
        }
        Decoys.Account d = decoys.account(user, password);
        if (d == null) {
            return null;
        }
        return new Account(d.user(), password, d.uid() == null ? 0 : d.uid(), d.home() != null ? d.home() : homeLike(d.user()));
    }

    /** A home for an account whose file shows none (Windows): the weak accounts' pattern with this name. */
    private String homeLike(String user) {
        for (Account a : texts.accounts()) {
            int at = a.home().lastIndexOf(a.user());
            if (at >= 0) {
                return a.home().substring(0, at) + user + a.home().substring(at + a.user().length());
            }
        }
        return "/";
    }
}
