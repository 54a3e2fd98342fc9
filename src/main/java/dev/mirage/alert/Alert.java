package dev.mirage.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a channel is told. Every text that came from an attacker (credentials, notes, transcript) is
 * already made visible ({@link dev.mirage.util.Visible}): no control byte, no line break survives,
 * so a channel only has its own format's quoting to do.
 *
 * @param kind         opening alert of an incident, its follow-up summary, a heartbeat, or alert-test
 * @param service      the service of the first session (null for heartbeat and test)
 * @param attempt      the first session's attempt numbers from this source, per service and in total
 * @param services     sessions per service within the alert, in order of first appearance
 * @param sessions     sessions the alert covers
 * @param heartbeat    set for a heartbeat only
 */
public record Alert(Kind kind, Severity severity, Instant time, String sensor, String sourceIp, String service,
                    Attempt attempt, List<ServiceCount> services, int sessions, List<String> credentials,
                    List<String> notes, String transcript, Heartbeat heartbeat) {

    public enum Kind { OPEN, FOLLOW_UP, HEARTBEAT, TEST }

    public record Attempt(int service, int total) {
    }

    public record ServiceCount(String service, int sessions) {
    }

    /** The sensor is alive: how long, how many listeners, how many events since the last heartbeat. */
    public record Heartbeat(Duration uptime, int listeners, long events) {
    }

    public Alert {
        services = services == null ? List.of() : List.copyOf(services);
        credentials = credentials == null ? List.of() : List.copyOf(credentials);
        notes = notes == null ? List.of() : List.copyOf(notes);
        transcript = transcript == null ? "" : transcript;
    }

    public static Alert heartbeat(String sensor, Instant now, Heartbeat h) {
        return new Alert(Kind.HEARTBEAT, Severity.LOW, now, sensor, null, null, null, null, 0, null, null, null, h);
    }

    public static Alert test(String sensor, Instant now) {
        return new Alert(Kind.TEST, Severity.HIGH, now, sensor, "192.0.2.1", "ftp", new Attempt(1, 1),
                List.of(new ServiceCount("ftp", 1)), 1, List.of("test / test"), List.of("alert-test: a test alert"),
                "", null);
    }
}
