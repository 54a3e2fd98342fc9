package dev.mirage.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks what binding cannot: ranges, names, and two listeners on one port. */
final class ConfigValidator {
    static final Set<String> PERSONALITIES = Set.of("open", "secure", "failing", "strange", "aggressive");
    static final Set<String> DECOY_STRENGTHS = Set.of("easy", "hard", "fun", "warning");

    private ConfigValidator() {
    }

    static void validate(MirageConfig c) {
        requireText("sensor.name", c.sensor().name());
        requireText("sensor.profile", c.sensor().profile());
        if (!PERSONALITIES.contains(c.sensor().personality())) {
            throw new ConfigException("sensor.personality", c.sensor().personality(), "is not a personality",
                    "use one of: open, secure, failing, strange, aggressive");
        }
        c.services().personalities().forEach((service, p) -> {
            if (!p.isEmpty() && !PERSONALITIES.contains(p)) {
                throw new ConfigException("services." + service + ".personality", p, "is not a personality",
                        "use one of: open, secure, failing, strange, aggressive, or \"\" to follow sensor.personality");
            }
        });
        if (!DECOY_STRENGTHS.contains(c.decoys().strength())) {
            throw new ConfigException("decoys.strength", c.decoys().strength(), "is not a decoy strength",
                    "use one of: easy, hard, fun, warning");
        }
        address("listen.bind", c.listen().bind());
        address("console.bind", c.console().bind());
        address("remote-admin.bind", c.remoteAdmin().bind());
        int offset = c.listen().portOffset();
        if (offset < 0 || offset > 64511) {
            throw new ConfigException("listen.port-offset", offset, "is out of range",
                    "use 0 (none) or an offset such as 20000 that keeps every port at most 65535");
        }
        requireText("data", c.data());
        limits(c.limits());
        if (c.jsonl().maxSize().bytes() < 4096 || c.jsonl().maxTotal().bytes() < c.jsonl().maxSize().bytes()) {
            throw new ConfigException("jsonl.max-total", c.jsonl().maxTotal(), "must be at least jsonl.max-size ("
                    + c.jsonl().maxSize() + "), and max-size at least 4KiB", "use e.g. max-size: 64MiB, max-total: 1GiB");
        }
        ports(c);
        AlertsValidator.validate(c.alerts());
    }

    private static void limits(MirageConfig.Limits l) {
        positive("limits.per-source", l.perSource());
        positive("limits.total", l.total());
        positive("limits.max-line", l.maxLine());
        positive("limits.queue", l.queue());
        if (l.idle().isZero()) {
            throw new ConfigException("limits.idle", "0", "would close every session at once", "use a span such as 60s");
        }
        if (l.maxBytes().bytes() <= 0) {
            throw new ConfigException("limits.max-bytes", l.maxBytes(), "must be more than 0", "use a size such as 1MiB");
        }
        if (l.maxLine() > l.maxBytes().bytes()) {
            throw new ConfigException("limits.max-line", l.maxLine(), "is larger than limits.max-bytes (" + l.maxBytes() + ")",
                    "make max-line smaller than max-bytes");
        }
        if (l.commitInterval().isZero() || l.commitInterval().toMillis() > 1000) {
            throw new ConfigException("limits.commit-interval", Spans.format(l.commitInterval()),
                    "must be between 1ms and 1s (a crash may lose at most this span)", "use e.g. 200ms");
        }
    }

    private static void ports(MirageConfig c) {
        Map<Integer, String> used = new HashMap<>();
        List<MirageConfig.ListenerSpec> listeners = c.listeners();
        c.services().byName().forEach((name, e) -> range("services." + name + ".port", e.port(), c));
        c.traps().byKey().forEach((key, e) -> range(key.contains("[") ? key : key + ".port", e.port(), c));
        for (MirageConfig.ListenerSpec l : listeners) {
            claim(used, l.port(), l.key().contains("[") ? l.key() : l.key() + ".port");
        }
        if (c.console().enabled()) {
            range("console.port", c.console().port(), null);
            claim(used, c.console().port(), "console.port");
        }
        if (c.remoteAdmin().enabled()) {
            range("remote-admin.port", c.remoteAdmin().port(), null);
            claim(used, c.remoteAdmin().port(), "remote-admin.port");
        }
    }

    private static void claim(Map<Integer, String> used, int port, String key) {
        if (port == 0) {
            return;
        }
        String other = used.putIfAbsent(port, key);
        if (other != null) {
            throw new ConfigException(key, port, "is the same port as " + other,
                    "give one of them another port, or disable one of them");
        }
    }

    private static void range(String key, int port, MirageConfig c) {
        int effective = c == null ? port : c.effectivePort(port);
        if (port < 0 || port > 65535) {
            throw new ConfigException(key, port, "is out of range", "use a port from 1 to 65535 (0 picks a free port)");
        }
        if (effective > 65535) {
            throw new ConfigException(key, port, "becomes " + effective + " with listen.port-offset " + c.listen().portOffset()
                    + ", out of range", "use a smaller listen.port-offset");
        }
    }

    private static void positive(String key, int value) {
        if (value <= 0) {
            throw new ConfigException(key, value, "must be more than 0", "use a positive whole number");
        }
    }

    private static void requireText(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(key, value, "is empty", "give it a value");
        }
    }

    private static void address(String key, String value) {
        requireText(key, value);
        boolean literal = value.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 || ch == '.' || ch == ':');
        if (!literal) {
            throw new ConfigException(key, value, "is not an IP address", "write an address such as 0.0.0.0, :: or 127.0.0.1");
        }
        try {
            InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new ConfigException(key, value, "is not an IP address", "write an address such as 0.0.0.0, :: or 127.0.0.1");
        }
    }
}
