package dev.mirage.service.smtp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Queue ids in Sendmail 8.11's shape: year, month, day, hour, minute and second each as one
 * base-60 character, a sequence character, and a five-digit process id ("g2SFQfE28711").
 */
final class QueueIds {
    private static final String BASE60 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx";

    private QueueIds() {
    }

    static String next(Instant now) {
        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder(12);
        b.append(BASE60.charAt((t.getYear() - 1900) % 60));
        b.append(BASE60.charAt(t.getMonthValue() - 1));
        b.append(BASE60.charAt(t.getDayOfMonth()));
        b.append(BASE60.charAt(t.getHour()));
        b.append(BASE60.charAt(t.getMinute()));
        b.append(BASE60.charAt(t.getSecond()));
        b.append(BASE60.charAt(10 + r.nextInt(26)));
        b.append(String.format("%05d", r.nextInt(1000, 32768)));
        return b.toString();
    }
}
