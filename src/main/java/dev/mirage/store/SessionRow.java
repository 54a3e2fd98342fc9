package dev.mirage.store;

import java.util.List;

/** One session as the CLI and console show it. */
public record SessionRow(String id, long startMs, Long endMs, String sensor, String service, boolean trap,
                         String sourceIp, int sourcePort, String destinationIp, int destinationPort, String status,
                         String reason, long bytesIn, long bytesOut, int attemptService, int attemptTotal,
                         byte[] payload, boolean payloadTruncated, Long hitMs, List<Credential> credentials) {

    /** A credential tried in the session. */
    public record Credential(long timeMs, String method, String user, String secret, boolean success) {
    }
}
