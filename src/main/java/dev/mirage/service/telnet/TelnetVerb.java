package dev.mirage.service.telnet;

/**
 * The command table: what the client can send and where it is specified. The dispatcher
 * ({@link TelnetService}) maps each to its class under commands/.
 */
public enum TelnetVerb {
    /** RFC 854 p.14, RFC 1143: the client will (or agrees to) enable an option on its side. */
    WILL,
    /** RFC 854 p.14, RFC 1143: the client refuses or disables an option on its side. */
    WONT,
    /** RFC 854 p.14, RFC 1143: the client asks us to enable an option. */
    DO,
    /** RFC 854 p.14, RFC 1143: the client asks us to disable an option. */
    DONT,
    /** RFC 855 p.2 (with RFC 1091, 1073, 1079, 1096, 1572 for the values): a subnegotiation. */
    SB,
    /** RFC 854 p.13: NOP, DM, BRK, IP, AO, AYT, EC, EL, GA. */
    CONTROL,
    /** A user name line at the login prompt (login(1), not a Telnet command). */
    LOGIN,
    /** A password line at the password prompt (login(1)). */
    PASSWORD,
    /** A command line at the fake shell's prompt, after a weak account's login (never run). */
    SHELL;

    /** The verb byte of WILL, WONT, DO or DONT. */
    static TelnetVerb ofOption(int verb) {
        return switch (verb) {
            case TelnetCodes.WILL -> WILL;
            case TelnetCodes.WONT -> WONT;
            case TelnetCodes.DO -> DO;
            default -> DONT;
        };
    }
}
