package dev.mirage.service.telnet;

import java.util.Locale;

/**
 * The bytes of RFC 854 (commands) and the option numbers Mirage names in its records (RFC 855 and
 * the option RFCs cited below). Names are for the operator's record only; the client sees bytes.
 */
public final class TelnetCodes {
    public static final int SE = 240;   // RFC 854: end of subnegotiation
    public static final int NOP = 241;
    public static final int DM = 242;
    public static final int BRK = 243;
    public static final int IP = 244;
    public static final int AO = 245;
    public static final int AYT = 246;
    public static final int EC = 247;
    public static final int EL = 248;
    public static final int GA = 249;
    public static final int SB = 250;   // RFC 855: begin subnegotiation
    public static final int WILL = 251;
    public static final int WONT = 252;
    public static final int DO = 253;
    public static final int DONT = 254;
    public static final int IAC = 255;

    public static final int BINARY = 0;     // RFC 856
    public static final int ECHO = 1;       // RFC 857
    public static final int SGA = 3;        // RFC 858
    public static final int STATUS = 5;     // RFC 859
    public static final int TM = 6;         // RFC 860
    public static final int TTYPE = 24;     // RFC 1091
    public static final int NAWS = 31;      // RFC 1073
    public static final int TSPEED = 32;    // RFC 1079
    public static final int LFLOW = 33;     // RFC 1372
    public static final int LINEMODE = 34;  // RFC 1184
    public static final int XDISPLOC = 35;  // RFC 1096
    public static final int OLD_ENVIRON = 36; // RFC 1408
    public static final int AUTHENTICATION = 37; // RFC 2941
    public static final int ENCRYPT = 38;   // RFC 2946
    public static final int NEW_ENVIRON = 39; // RFC 1572

    private static final String[] OPTION_NAMES = new String[256];
    private static final String[] COMMAND_NAMES = new String[256];

    static {
        String[][] options = {{"0", "BINARY"}, {"1", "ECHO"}, {"3", "SGA"}, {"5", "STATUS"}, {"6", "TM"},
            {"24", "TTYPE"}, {"31", "NAWS"}, {"32", "TSPEED"}, {"33", "LFLOW"}, {"34", "LINEMODE"},
            {"35", "XDISPLOC"}, {"36", "OLD-ENVIRON"}, {"37", "AUTHENTICATION"}, {"38", "ENCRYPT"},
            {"39", "NEW-ENVIRON"}};
        for (String[] o : options) {
            OPTION_NAMES[Integer.parseInt(o[0])] = o[1];
        }
        String[] commands = {"SE", "NOP", "DM", "BRK", "IP", "AO", "AYT", "EC", "EL", "GA", "SB", "WILL", "WONT",
            "DO", "DONT", "IAC"};
        for (int i = 0; i < commands.length; i++) {
            COMMAND_NAMES[SE + i] = commands[i];
        }
    }

    private TelnetCodes() {
    }

    /** "NAWS" for 31, the number itself for an option without a name. */
    public static String option(int code) {
        String n = OPTION_NAMES[code & 0xff];
        return n != null ? n : Integer.toString(code & 0xff);
    }

    /** "AYT" for 246, the number itself for a byte that is no command. */
    public static String command(int code) {
        String n = COMMAND_NAMES[code & 0xff];
        return n != null ? n : Integer.toString(code & 0xff);
    }

    /** The option number of a name ("NAWS") or a number ("31"); -1 when it is neither. */
    public static int optionCode(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        for (int i = 0; i < OPTION_NAMES.length; i++) {
            if (n.equals(OPTION_NAMES[i])) {
                return i;
            }
        }
        try {
            int v = Integer.parseInt(n);
            return v >= 0 && v <= 255 ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The verb byte of "WILL", "WONT", "DO" or "DONT"; -1 otherwise. */
    public static int verbCode(String name) {
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "WILL" -> WILL;
            case "WONT" -> WONT;
            case "DO" -> DO;
            case "DONT" -> DONT;
            default -> -1;
        };
    }
}
