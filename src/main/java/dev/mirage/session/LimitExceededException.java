package dev.mirage.session;

import java.io.IOException;

/** A session went past one of its bounds (max-bytes, max-line, commands); the session ends and says which. */
public final class LimitExceededException extends IOException {
    private final String limit;
    private final long value;

    public LimitExceededException(String limit, long value) {
        super(limit + " " + value, null);
        this.limit = limit;
        this.value = value;
    }

    public String limit() {
        return limit;
    }

    public long value() {
        return value;
    }
}
