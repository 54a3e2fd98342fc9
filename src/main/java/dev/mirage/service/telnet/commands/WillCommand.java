package dev.mirage.service.telnet.commands;

import dev.mirage.service.telnet.TelnetCodes;
import dev.mirage.service.telnet.TelnetState;

/** IAC WILL x: the client offers or agrees to enable x on its side (RFC 854, RFC 1143 section 7). */
public final class WillCommand {
    public TelnetReply execute(TelnetState state, int option) {
        if (state.himPending(option)) {
            if (option == TelnetCodes.ECHO) {
                // Our DO ECHO only asks whether this is a 4.2 client; a client echoing our output is refused.
                state.him(option, false);
                return Negotiation.answer(TelnetCodes.DONT, option);
            }
            state.him(option, true);
            return TelnetReply.none();
        }
        if (state.him(option)) {
            return TelnetReply.none();
        }
        if (Negotiation.himAllowed(option)) {
            state.him(option, true);
            return Negotiation.answer(TelnetCodes.DO, option);
        }
        return Negotiation.answer(TelnetCodes.DONT, option);
    }
}
