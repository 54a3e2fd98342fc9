package dev.mirage.service.telnet;

import java.io.IOException;
import java.util.Arrays;

/**
 * The RFC 854 byte stream split into data and commands, one byte at a time. A small state machine:
 * IAC starts a command, IAC IAC is a data 0xff, WILL/WONT/DO/DONT take one option byte, SB ... IAC SE
 * (RFC 855) collects a subnegotiation into a buffer of fixed size. A subnegotiation longer than the
 * buffer is reported once as cut and the rest is dropped until its SE, so memory never grows.
 */
public final class IacParser {
    /** No data byte came out of this input byte. */
    public static final int NONE = -1;
    /** IAC EC: erase the last character (RFC 854). */
    public static final int ERASE_CHAR = -2;
    /** IAC EL: erase the line (RFC 854). */
    public static final int ERASE_LINE = -3;

    /** Where the parser reports what is not data. */
    public interface Sink {
        void option(int verb, int option) throws IOException;

        void subnegotiation(int option, byte[] data, boolean cut) throws IOException;

        void command(int code) throws IOException;
    }

    private enum State { DATA, IAC, OPTION, SB_OPTION, SB_DATA, SB_IAC }

    private final Sink sink;
    private final byte[] sb;
    private State state = State.DATA;
    private int verb;
    private int sbOption;
    private int sbLength;
    private boolean sbCut;

    public IacParser(Sink sink, int subnegotiationCap) {
        this.sink = sink;
        this.sb = new byte[Math.max(4, subnegotiationCap)];
    }

    /** Feeds one byte; returns a data byte (0-255), {@link #NONE}, {@link #ERASE_CHAR} or {@link #ERASE_LINE}. */
    public int feed(int b) throws IOException {
        b &= 0xff;
        switch (state) {
            case DATA:
                if (b == TelnetCodes.IAC) {
                    state = State.IAC;
                    return NONE;
                }
                return b;
            case IAC:
                return command(b);
            case OPTION:
                state = State.DATA;
                sink.option(verb, b);
                return NONE;
            case SB_OPTION:
                sbOption = b;
                sbLength = 0;
                sbCut = false;
                state = State.SB_DATA;
                return NONE;
            case SB_DATA:
                if (b == TelnetCodes.IAC) {
                    state = State.SB_IAC;
                } else {
                    append(b);
                }
                return NONE;
            case SB_IAC:
                if (b == TelnetCodes.IAC) {
                    append(b);
                    state = State.SB_DATA;
                    return NONE;
                }
                endSubnegotiation();
                if (b == TelnetCodes.SE) {
                    state = State.DATA;
                    return NONE;
                }
                // A command inside SB without SE: the SB ends there and the command counts (RFC 855 leaves it open).
                return command(b);
            default:
                state = State.DATA;
                return NONE;
        }
    }

    /** True while inside SB ... SE, so a caller can tell an endless subnegotiation apart. */
    public boolean inSubnegotiation() {
        return state == State.SB_DATA || state == State.SB_IAC || state == State.SB_OPTION;
    }

    private int command(int b) throws IOException {
        state = State.DATA;
        switch (b) {
            case TelnetCodes.IAC:
                return 0xff;
            case TelnetCodes.WILL, TelnetCodes.WONT, TelnetCodes.DO, TelnetCodes.DONT:
                verb = b;
                state = State.OPTION;
                return NONE;
            case TelnetCodes.SB:
                state = State.SB_OPTION;
                return NONE;
            case TelnetCodes.EC:
                sink.command(b);
                return ERASE_CHAR;
            case TelnetCodes.EL:
                sink.command(b);
                return ERASE_LINE;
            default:
                sink.command(b);
                return NONE;
        }
    }

    private void append(int b) throws IOException {
        if (sbLength < sb.length) {
            sb[sbLength++] = (byte) b;
        } else if (!sbCut) {
            sbCut = true;
            sink.subnegotiation(sbOption, Arrays.copyOf(sb, sbLength), true);
        }
    }

    private void endSubnegotiation() throws IOException {
        if (!sbCut) {
            sink.subnegotiation(sbOption, Arrays.copyOf(sb, sbLength), false);
        }
    }
}
