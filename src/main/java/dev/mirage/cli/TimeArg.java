package dev.mirage.cli;

import dev.mirage.config.Spans;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** --since/--until: an ISO-8601 time (zone optional: local), a date, or a span back from now (2h, 7d, 30m). */
final class TimeArg {
    private TimeArg() {
    }

    static Instant parse(String option, String text, Instant now) {
        String t = text.trim();
        if (t.matches("\\d+\\s*(ms|s|m|h|d|w)")) {
            return now.minus(Spans.parse(t));
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // Try the next form.
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // Try the next form.
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException ignored) {
            // Try the next form.
        }
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " '" + text + "' is not a time; write an ISO-8601 time such as "
                    + "2026-11-28T09:00:00Z or 2026-11-28, or a span back from now such as 30m, 2h, 7d");
        }
    }
}
