package dev.mirage.service.telnet;

import dev.mirage.personality.Personality;
import dev.mirage.service.shell.LoginRules;

/**
 * How this sensor's Telnet behaves, decided in one place from the personality.
 *
 * <ul>
 * <li>open: the profile's weak accounts log in to the fake shell;
 * <li>secure: no login ever works;
 * <li>failing: some sessions are cut right after the option dance, and a weak account's login fails
 *     in login's own words (no home directory, no shell);
 * <li>strange: a banner drawn from the profile's alternatives, login prompts repeated now and then,
 *     a right password sometimes refused once, small delays before answers;
 * <li>aggressive: a root login, or a second failed one, is told it was detected, recorded and cut.
 * </ul>
 *
 * @param negotiationWaitMillis how long to wait for the client's answers to our first options; longer
 *        than a scanner's first read (nmap's NULL probe waits 6 s) so it sees only the options, as from
 *        the real telnetd, which waits for the answers without any limit
 * @param settleMillis how long to wait for the remaining answers once the client has said something
 * @param subnegotiationCap bytes kept of one SB ... SE; the rest is cut
 * @param maxRecorded negotiation events recorded per session; the rest are counted in one event
 * @param maxReplies negotiation replies sent per session, so a flood cannot make us write without end
 * @param maxEmptyLogins empty user names answered with a new prompt before the session ends
 * @param login which logins work and which are detected
 * @param resetPercent sessions (in 100) cut after the option dance, before any banner (failing)
 * @param repeatPromptPercent user names (in 100) answered with the login prompt again (strange)
 * @param maxRepeatedPrompts at most this many repeated prompts per session
 * @param strangeBanner whether the banner is drawn from the profile's strange banners
 * @param maxDelayMillis the longest pause before an answer (strange; 0 for none)
 * @param maxCommands shell lines per session before it is logged out
 */
public record TelnetPolicy(long negotiationWaitMillis, long settleMillis, int subnegotiationCap, int maxRecorded,
                           int maxReplies, int maxEmptyLogins, LoginRules login, int resetPercent,
                           int repeatPromptPercent, int maxRepeatedPrompts, boolean strangeBanner, int maxDelayMillis,
                           int maxCommands) {

    public static TelnetPolicy of(Personality personality) {
        return switch (personality) {
            case OPEN -> with(new LoginRules(true, false, 0, false, Integer.MAX_VALUE), 0, 0, false, 0);
            case SECURE -> with(LoginRules.NONE, 0, 0, false, 0);
            case FAILING -> with(new LoginRules(true, true, 0, false, Integer.MAX_VALUE), 25, 0, false, 0);
            case STRANGE -> with(new LoginRules(true, false, 50, false, Integer.MAX_VALUE), 0, 30, true, 400);
            case AGGRESSIVE -> with(new LoginRules(false, false, 0, true, 1), 0, 0, false, 0);
        };
    }

    private static TelnetPolicy with(LoginRules login, int resetPercent, int repeatPromptPercent, boolean strangeBanner,
                                     int maxDelayMillis) {
        return new TelnetPolicy(8000, 1000, 256, 200, 1000, 10, login, resetPercent, repeatPromptPercent, 2,
                strangeBanner, maxDelayMillis, 100);
    }
}
