package dev.mirage.service.telnet.commands;

import dev.mirage.service.telnet.TelnetCodes;
import dev.mirage.service.telnet.TelnetState;

/** IAC WONT x: the client refuses or stops x on its side; acknowledged only if it was on (RFC 1143). */
public final class WontCommand {
    public TelnetReply execute(TelnetState state, int option) {
        boolean wasOn = state.him(option);
        boolean pending = state.himPending(option);
        state.him(option, false);
        if (wasOn && !pending) {
            return Negotiation.answer(TelnetCodes.DONT, option);
        }
        return TelnetReply.none();
    }
}
