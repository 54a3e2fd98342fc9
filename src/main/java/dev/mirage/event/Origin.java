package dev.mirage.event;

import java.time.Instant;

/**
 * Who and where, fixed when the connection is accepted. Events carry this record as it was made at
 * accept time, so nothing an attacker sends later can change the identity of a session.
 */
public record Origin(String sessionId, String sensor, String service, boolean trap,
                     String sourceIp, int sourcePort, String destinationIp, int destinationPort, Instant start) {
}
