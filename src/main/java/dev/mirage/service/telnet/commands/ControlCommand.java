package dev.mirage.service.telnet.commands;

import dev.mirage.service.telnet.TelnetCodes;

/**
 * The other RFC 854 commands (NOP, DM, BRK, IP, AO, AYT, EC, EL, GA, a stray SE). Only Are You There
 * is answered, with the profile's text; EC and EL act on the line being typed (TelnetConnection).
 */
public final class ControlCommand {
    private final String areYouThere;

    public ControlCommand(String areYouThere) {
        this.areYouThere = areYouThere;
    }

    public TelnetReply execute(int code) {
        if (code == TelnetCodes.AYT) {
            return TelnetReply.text(areYouThere);
        }
        return TelnetReply.none();
    }
}
