package dev.mirage.service.finger.commands;

import java.util.List;

/**
 * A query naming another host ("user@host", RFC 1288 section 3.2.1): the Linux fingerd runs without
 * -f, so it refuses to forward and says so; the attempt is tagged finger-forward.
 */
public final class ForwardCommand {
    private final String denied;

    public ForwardCommand(String denied) {
        this.denied = denied;
    }

    public FingerReply execute(String target) {
        return new FingerReply(List.of(denied), List.of("finger-forward"));
    }
}
