package dev.mirage.service.telnet.commands;

import dev.mirage.net.Echo;
import dev.mirage.service.telnet.TelnetCodes;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * IAC SB x ... IAC SE: what the client tells about itself. TTYPE IS name (RFC 1091), NAWS width
 * height (RFC 1073), TSPEED IS speeds (RFC 1079), XDISPLOC IS display (RFC 1096) and NEW-ENVIRON IS
 * variables (RFC 1572) become client information; anything else is kept as hex. Nothing is answered.
 */
public final class SubnegotiationCommand {
    private static final int IS = 0;
    private static final int MAX_VALUE = 200;

    public TelnetReply execute(int option, byte[] data, boolean cut) {
        List<String> tags = cut ? List.of("telnet-sb-overflow") : List.of();
        String kind = null;
        String value = null;
        switch (option) {
            case TelnetCodes.TTYPE -> {
                kind = "telnet-terminal";
                value = isText(data);
            }
            case TelnetCodes.NAWS -> {
                if (data.length >= 4) {
                    kind = "telnet-window";
                    value = word(data, 0) + "x" + word(data, 2);
                }
            }
            case TelnetCodes.TSPEED -> {
                kind = "telnet-speed";
                value = isText(data);
            }
            case TelnetCodes.XDISPLOC -> {
                kind = "telnet-display";
                value = isText(data);
            }
            case TelnetCodes.NEW_ENVIRON, TelnetCodes.OLD_ENVIRON -> {
                kind = "telnet-environ";
                value = environ(data);
            }
            default -> {
            }
        }
        if (value == null) {
            kind = null;
        }
        String text = "SB " + TelnetCodes.option(option) + " " + (value != null ? value : hex(data));
        return new TelnetReply(null, "", text, kind, value, tags);
    }

    private static String isText(byte[] data) {
        if (data.length < 1 || data[0] != IS) {
            return null;
        }
        return Echo.safe(new String(data, 1, data.length - 1, StandardCharsets.ISO_8859_1), MAX_VALUE);
    }

    private static int word(byte[] d, int i) {
        return (d[i] & 0xff) << 8 | (d[i + 1] & 0xff);
    }

    /** VAR/USERVAR name VALUE value pairs (RFC 1572 section 2) as "NAME=value NAME2=value2". */
    private static String environ(byte[] data) {
        if (data.length < 1 || (data[0] != IS && data[0] != 2)) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < data.length && b.length() < MAX_VALUE; i++) {
            int c = data[i] & 0xff;
            switch (c) {
                case 0, 3 -> b.append(b.isEmpty() ? "" : " ");
                case 1 -> b.append('=');
                case 2 -> {
                    if (i + 1 < data.length) {
                        i++;
                        b.append((char) (data[i] & 0xff));
                    }
                }
                default -> b.append((char) c);
            }
        }
        return Echo.safe(b.toString(), MAX_VALUE);
    }

    private static String hex(byte[] data) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < data.length && i < 64; i++) {
            b.append(String.format("%02x", data[i] & 0xff));
        }
        return b.toString();
    }
}
