package dev.mirage.service.finger.commands;

import java.util.List;

/** What fingerd writes back: its lines (each sent with CR LF), and tags for the record. */
public record FingerReply(List<String> lines, List<String> tags) {
    public FingerReply {
        lines = List.copyOf(lines);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The first line, for the record. */
    public String firstLine() {
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
