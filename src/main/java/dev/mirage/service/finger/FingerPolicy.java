package dev.mirage.service.finger;

import dev.mirage.personality.Personality;

/**
 * How this sensor's finger behaves, decided in one place from the personality. In this issue every
 * personality answers alike and refuses forwarding; the personality issue extends this record.
 *
 * @param maxNames names answered from one query (the original fingerd passes at most this many)
 * @param maxEcho characters of a name repeated in "no such user"
 */
public record FingerPolicy(int maxNames, int maxEcho) {

    public static FingerPolicy of(Personality personality) {
        return new FingerPolicy(48, 64);
    }
}
