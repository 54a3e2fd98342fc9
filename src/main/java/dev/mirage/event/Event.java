package dev.mirage.event;

import java.time.Instant;

/**
 * Everything Mirage records. The set is closed: each type is one record below, documented in
 * docs/EVENTS.md under its action name, and a test fails when the two drift apart.
 */
public sealed interface Event permits SensorStarted, SensorStopped, ListenerStatus, SessionOpened, SessionRefused,
        SessionClosed, TrapHit, TranscriptChunk, LimitReached, CommandReceived, AuthAttempt, ClientInfo, FileReceived,
        HttpRequest, Misbehaviour, DecoyCredentialUsed {

    /** When it happened. */
    Instant time();

    /** The catalogue name, used as ECS {@code event.action}. */
    String action();

    /** The session it belongs to, or null for sensor-wide events. */
    Origin origin();
}
