package dev.mirage.service.pop3;

/** A credential a command tried, handed back to the dispatcher so it records the AuthAttempt in one place. */
public record Credential(String method, String user, String secret, boolean success) {
}
