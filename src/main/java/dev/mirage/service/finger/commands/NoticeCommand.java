package dev.mirage.service.finger.commands;

import java.util.List;

/**
 * One fixed answer of fingerd or finger whatever was asked: "Please supply a username" of
 * fingerd -u, an error, or the site's detected notice. Its text may hold several lines.
 */
public final class NoticeCommand {
    private final List<String> lines;

    public NoticeCommand(String text) {
        this.lines = text.isEmpty() ? List.of() : text.lines().toList();
    }

    public FingerReply execute(List<String> tags) {
        return new FingerReply(lines, tags);
    }
}
