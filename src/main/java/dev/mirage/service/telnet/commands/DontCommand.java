package dev.mirage.service.telnet.commands;

import dev.mirage.service.telnet.TelnetCodes;
import dev.mirage.service.telnet.TelnetState;

/** IAC DONT x: the client refuses or stops x on our side; acknowledged only if it was on (RFC 1143). */
public final class DontCommand {
    public TelnetReply execute(TelnetState state, int option) {
        boolean wasOn = state.us(option);
        boolean pending = state.usPending(option);
        state.us(option, false);
        if (wasOn && !pending) {
            return Negotiation.answer(TelnetCodes.WONT, option);
        }
        return TelnetReply.none();
    }
}
