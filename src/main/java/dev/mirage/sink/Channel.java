package dev.mirage.sink;

import dev.mirage.alert.Alert;

/** One place alerts go. {@link #deliver} may block and may throw; its {@link Outbox} retries. */
public interface Channel extends AutoCloseable {
    /** Says where, for alert-test and error messages, e.g. "syslog tcp 127.0.0.1:514". */
    String name();

    /** Whether this channel takes this alert at all (kind and minimum severity). */
    boolean wants(Alert a);

    void deliver(Alert a) throws Exception;

    @Override
    default void close() {
    }
}
