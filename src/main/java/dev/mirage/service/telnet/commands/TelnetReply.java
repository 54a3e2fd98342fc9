package dev.mirage.service.telnet.commands;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a command answers: the bytes sent (may be empty) and their text for the record; for a
 * subnegotiation also the argument as parsed and what the client told about itself (a ClientInfo
 * kind and value, or null).
 */
public record TelnetReply(byte[] wire, String text, String argument, String infoKind, String infoValue,
                          List<String> tags) {
    private static final byte[] NOTHING = new byte[0];

    public TelnetReply {
        wire = wire == null ? NOTHING : wire;
        text = text == null ? "" : text;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static TelnetReply none() {
        return new TelnetReply(null, "", null, null, null, null);
    }

    public static TelnetReply text(String text) {
        return new TelnetReply(text.getBytes(StandardCharsets.ISO_8859_1), text, null, null, null, null);
    }
}
