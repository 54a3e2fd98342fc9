package dev.mirage.service.telnet;

import dev.mirage.personality.Chance;
import dev.mirage.service.shell.Tries;

/**
 * One session's Telnet state: for each option, whether it is on and whether we asked for it and
 * await the answer, on our side (WILL/WONT) and the client's (DO/DONT), as RFC 1143 keeps it;
 * plus what the client told us, its login tries, the session's dice and the counters that bound it.
 */
public final class TelnetState {
    private final boolean[] usOn = new boolean[256];
    private final boolean[] usPending = new boolean[256];
    private final boolean[] himOn = new boolean[256];
    private final boolean[] himPending = new boolean[256];
    private final boolean[] sbAwaited = new boolean[256];
    private int recorded;
    private int suppressed;
    private int replies;
    private int emptyLogins;
    private int repeatedPrompts;
    private final Tries tries = new Tries();
    private final Chance chance;

    public TelnetState(Chance chance) {
        this.chance = chance;
    }

    /** The dice of this session (strange and failing personalities). */
    public Chance chance() {
        return chance;
    }

    public Tries tries() {
        return tries;
    }

    public boolean us(int option) {
        return usOn[option & 0xff];
    }

    public boolean him(int option) {
        return himOn[option & 0xff];
    }

    public boolean usPending(int option) {
        return usPending[option & 0xff];
    }

    public boolean himPending(int option) {
        return himPending[option & 0xff];
    }

    public void us(int option, boolean on) {
        usOn[option & 0xff] = on;
        usPending[option & 0xff] = false;
    }

    public void him(int option, boolean on) {
        himOn[option & 0xff] = on;
        himPending[option & 0xff] = false;
    }

    /** We sent WILL (us) or DO (him) and wait for the answer. */
    public void asked(int verb, int option) {
        if (verb == TelnetCodes.WILL) {
            usPending[option & 0xff] = true;
        } else if (verb == TelnetCodes.DO) {
            himPending[option & 0xff] = true;
        }
    }

    /** True while any of these options, asked with DO, is still unanswered. */
    public boolean awaitingHim(int... options) {
        for (int o : options) {
            if (himPending[o & 0xff]) {
                return true;
            }
        }
        return false;
    }

    /** We sent SB x SEND and wait for the client's SB x IS. */
    public void awaitSubnegotiation(int option) {
        sbAwaited[option & 0xff] = true;
    }

    public void gotSubnegotiation(int option) {
        sbAwaited[option & 0xff] = false;
    }

    /** True while any SB x SEND of ours is unanswered. */
    public boolean awaitingSubnegotiation() {
        for (boolean b : sbAwaited) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** Counts a negotiation event; false once the session has recorded its share (the rest is counted). */
    public boolean mayRecord(int max) {
        if (recorded < max) {
            recorded++;
            return true;
        }
        suppressed++;
        return false;
    }

    public int suppressed() {
        return suppressed;
    }

    /** Counts a reply we are about to send; false once the session has sent its share. */
    public boolean mayReply(int max) {
        return replies++ < max;
    }

    public int emptyLogins() {
        return emptyLogins;
    }

    public void emptyLogin() {
        emptyLogins++;
    }

    public int repeatedPrompts() {
        return repeatedPrompts;
    }

    public void repeatedPrompt() {
        repeatedPrompts++;
    }
}
