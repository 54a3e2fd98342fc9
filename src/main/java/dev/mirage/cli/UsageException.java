package dev.mirage.cli;

/** A bad argument that the user can fix; exits 2 with the message alone. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
