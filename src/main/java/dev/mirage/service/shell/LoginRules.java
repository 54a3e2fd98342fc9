package dev.mirage.service.shell;

/**
 * How a personality treats a login, for Telnet and SSH alike; each service's policy record picks
 * these from the personality (the one place that does), so both doors of one system behave the same.
 *
 * @param weakAccounts      the profile's weak accounts log in
 * @param broken            a weak account's login gets as far as the shell and fails there (failing)
 * @param firstFailsPercent how often the first right password of a session is refused all the same (strange)
 * @param detect            root logins and repeated failures are detected (aggressive)
 * @param allowedFailures   failed logins let pass before the next one counts as brute force (with detect)
 */
public record LoginRules(boolean weakAccounts, boolean broken, int firstFailsPercent, boolean detect,
                         int allowedFailures) {
    /** No login ever works (the secure personality). */
    public static final LoginRules NONE = new LoginRules(false, false, 0, false, Integer.MAX_VALUE);
}
