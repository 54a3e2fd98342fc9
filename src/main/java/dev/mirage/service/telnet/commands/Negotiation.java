package dev.mirage.service.telnet.commands;

import dev.mirage.service.telnet.TelnetCodes;
import dev.mirage.service.telnet.TelnetState;

/**
 * Which options this telnetd agrees to, and the answer bytes; shared by the four option verbs.
 * Linux netkit telnetd lets the client do TTYPE, TSPEED, XDISPLOC, NEW-ENVIRON, NAWS, LFLOW, SGA and
 * BINARY, and itself does ECHO, SGA, STATUS and BINARY; everything else is refused.
 */
public final class Negotiation {
    private Negotiation() {
    }

    /** Options the client may enable on its side (answer to WILL). */
    static boolean himAllowed(int option) {
        return switch (option) {
            case TelnetCodes.TTYPE, TelnetCodes.TSPEED, TelnetCodes.XDISPLOC, TelnetCodes.NEW_ENVIRON,
                 TelnetCodes.NAWS, TelnetCodes.LFLOW, TelnetCodes.SGA, TelnetCodes.BINARY -> true;
            default -> false;
        };
    }

    /** Options we enable on our side (answer to DO). */
    static boolean usAllowed(int option) {
        return switch (option) {
            case TelnetCodes.ECHO, TelnetCodes.SGA, TelnetCodes.STATUS, TelnetCodes.BINARY -> true;
            default -> false;
        };
    }

    /** IAC verb option, with its text ("DO NAWS"). */
    public static TelnetReply answer(int verb, int option) {
        return new TelnetReply(new byte[] {(byte) TelnetCodes.IAC, (byte) verb, (byte) option},
                TelnetCodes.command(verb) + " " + TelnetCodes.option(option), null, null, null, null);
    }
}
