package dev.mirage.config;

/** A configuration error that names the key, the value and the fix, so an operator can act on it. */
public final class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, Object value, String problem, String fix) {
        super(format(key, value, problem, fix));
        this.key = key;
    }

    public String key() {
        return key;
    }

    private static String format(String key, Object value, String problem, String fix) {
        StringBuilder b = new StringBuilder();
        b.append("config key '").append(key).append("'");
        if (value != null) {
            b.append(": value '").append(value).append("'");
        }
        b.append(' ').append(problem);
        if (fix != null && !fix.isEmpty()) {
            b.append("; fix: ").append(fix);
        }
        return b.toString();
    }
}
