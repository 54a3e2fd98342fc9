package dev.mirage.service.ssh;

import dev.mirage.personality.Personality;
import dev.mirage.service.shell.LoginRules;

/**
 * What the personality changes in SSH, decided in this one place.
 *
 * <ul>
 * <li>open: the profile's weak accounts log in (password or keyboard-interactive) to the fake shell,
 *     interactive or exec; nothing else (subsystems, forwarding, agent, X11) is ever granted;
 * <li>secure: no login ever works;
 * <li>failing: some connections are cut during key exchange, some get "Corrupted MAC on input" at the
 *     first password, and a weak account's shell fails as sshd reports it (no home, no shell);
 * <li>strange: an odd banner drawn from the profile, pauses before answers, a right password
 *     sometimes refused once;
 * <li>aggressive: a root or Administrator login, or a second failed password, is disconnected with the
 *     site's detection notice and recorded as misbehaviour.
 * </ul>
 *
 * @param login          which logins work and which are detected
 * @param resetPercent   connections (in 100) cut right after the identification exchange (failing)
 * @param corruptPercent connections (in 100) whose first password is answered by a MAC-error disconnect (failing)
 * @param strangeBanner  whether a banner is drawn from the profile's strange banners
 * @param maxDelayMillis the longest pause before an authentication answer or shell output (strange)
 * @param maxCommands    shell lines per channel before it is logged out
 * @param maxChannels    session channels per connection, in all
 */
public record SshPolicy(LoginRules login, int resetPercent, int corruptPercent, boolean strangeBanner,
                        int maxDelayMillis, int maxCommands, int maxChannels) {

    /** Pty and env requests recorded per connection; the rest are answered but not recorded. */
    static final int MAX_RECORDED = 32;

    /** The policy of a personality. */
    public static SshPolicy of(Personality personality) {
        return switch (personality) {
            case OPEN -> with(new LoginRules(true, false, 0, false, Integer.MAX_VALUE), 0, 0, false, 0);
            case SECURE -> with(LoginRules.NONE, 0, 0, false, 0);
            case FAILING -> with(new LoginRules(true, true, 0, false, Integer.MAX_VALUE), 25, 25, false, 0);
            case STRANGE -> with(new LoginRules(true, false, 50, false, Integer.MAX_VALUE), 0, 0, true, 400);
            case AGGRESSIVE -> with(new LoginRules(false, false, 0, true, 1), 0, 0, false, 0);
        };
    }

    private static SshPolicy with(LoginRules login, int resetPercent, int corruptPercent, boolean strangeBanner,
                                  int maxDelayMillis) {
        return new SshPolicy(login, resetPercent, corruptPercent, strangeBanner, maxDelayMillis, 100, 16);
    }
}
