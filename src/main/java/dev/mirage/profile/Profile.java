package dev.mirage.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mirage.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OS persona: every string an attacker can see, for every service, from one YAML file
 * (profiles/ID.yaml). Each service binds its own section to its own record type, so a missing or
 * misspelt key is caught when the profile loads, not when an attacker reaches it.
 */
public final class Profile {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final String id;
    private final JsonNode tree;
    private final Map<String, Object> sections = new ConcurrentHashMap<>();

    private Profile(String id, JsonNode tree) {
        this.id = id;
        this.tree = tree;
    }

    /** Loads a built-in profile by id. */
    public static Profile load(String id) {
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new ConfigException("sensor.profile", id, "is not a profile id", "use an id such as linux (./mirage profiles lists them)");
        }
        try (InputStream in = Profile.class.getResourceAsStream("/profiles/" + id + ".yaml")) {
            if (in == null) {
                throw new ConfigException("sensor.profile", id, "names no profile", "use an id such as linux (./mirage profiles lists them)");
            }
            return new Profile(id, YAML.readTree(in));
        } catch (IOException e) {
            throw new ConfigException("sensor.profile", id, "cannot be read: " + e.getMessage(), "fix the profile file");
        }
    }

    public String id() {
        return id;
    }

    /** The system's full name, e.g. "Red Hat Linux 7.3". */
    public String name() {
        return tree.path("name").asText(id);
    }

    /** The host name the persona claims (never the real one). */
    public String hostName() {
        return tree.path("host-name").asText("localhost");
    }

    /** Binds services.NAME of the profile to the service's own record type; cached. */
    @SuppressWarnings("unchecked")
    public <T> T section(String service, Class<T> type) {
        return (T) sections.computeIfAbsent(service, s -> bind(s, type));
    }

    private Object bind(String service, Class<?> type) {
        JsonNode node = tree.path("services").path(service);
        if (node.isMissingNode()) {
            throw new ConfigException("profile " + id + ": services." + service, null, "is missing",
                    "add the " + service + " section to profiles/" + id + ".yaml");
        }
        try {
            return YAML.treeToValue(node, type);
        } catch (IOException e) {
            throw new ConfigException("profile " + id + ": services." + service, null,
                    "does not fit: " + e.getMessage().lines().findFirst().orElse(""), "fix profiles/" + id + ".yaml");
        }
    }
}
