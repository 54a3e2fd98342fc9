package dev.mirage.service.telnet;

import dev.mirage.personality.Personality;

/**
 * How this sensor's Telnet behaves, decided in one place from the personality. In this issue every
 * personality behaves alike (no login ever succeeds); the personality issue extends this record.
 *
 * @param negotiationWaitMillis how long to wait for the client's answers to our first options; longer
 *        than a scanner's first read (nmap's NULL probe waits 6 s) so it sees only the options, as from
 *        the real telnetd, which waits for the answers without any limit
 * @param settleMillis how long to wait for the remaining answers once the client has said something
 * @param subnegotiationCap bytes kept of one SB ... SE; the rest is cut
 * @param maxRecorded negotiation events recorded per session; the rest are counted in one event
 * @param maxReplies negotiation replies sent per session, so a flood cannot make us write without end
 * @param maxEmptyLogins empty user names answered with a new prompt before the session ends
 */
public record TelnetPolicy(long negotiationWaitMillis, long settleMillis, int subnegotiationCap, int maxRecorded,
                           int maxReplies, int maxEmptyLogins) {

    public static TelnetPolicy of(Personality personality) {
        return new TelnetPolicy(8000, 1000, 256, 200, 1000, 10);
    }
}
