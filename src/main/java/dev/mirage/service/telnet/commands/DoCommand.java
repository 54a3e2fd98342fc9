package dev.mirage.service.telnet.commands;

import dev.mirage.service.telnet.TelnetCodes;
import dev.mirage.service.telnet.TelnetState;

/** IAC DO x: the client asks us to enable x, or agrees to our WILL x (RFC 854, RFC 1143). */
public final class DoCommand {
    public TelnetReply execute(TelnetState state, int option) {
        if (option == TelnetCodes.TM) {
            // RFC 860: a timing mark is answered every time, and changes no state.
            return Negotiation.answer(TelnetCodes.WILL, option);
        }
        if (state.usPending(option)) {
            state.us(option, true);
            return TelnetReply.none();
        }
        if (state.us(option)) {
            return TelnetReply.none();
        }
        if (Negotiation.usAllowed(option)) {
            state.us(option, true);
            return Negotiation.answer(TelnetCodes.WILL, option);
        }
        return Negotiation.answer(TelnetCodes.WONT, option);
    }
}
