package dev.mirage.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mirage.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OS persona: every string an attacker can see, for every service, from one YAML file
 * (profiles/ID.yaml, built in or in the sensor.profiles folder). Each service binds its own section
 * to its own record type, so a missing or misspelt key is caught when the profile loads, not when an
 * attacker reaches it. Two keys of each section are the profile's, not the service's:
 * {@code enabled-by-default} and {@code nmap} (see {@link ServiceClaim}).
 */
public final class Profile {
    static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    static final String ENABLED = "enabled-by-default";
    static final String NMAP = "nmap";

    private final String id;
    private final String source;
    private final JsonNode tree;
    private final Map<String, Object> sections = new ConcurrentHashMap<>();

    Profile(String id, String source, JsonNode tree) {
        this.id = id;
        this.source = source;
        this.tree = tree;
    }

    /** Loads a built-in profile by id. */
    public static Profile load(String id) {
        return Profiles.builtIn().load(id);
    }

    /** Loads a profile by id from the user's folder (sensor.profiles, "" for none) or else the built-ins. */
    public static Profile load(String id, String folder) {
        return Profiles.of(folder).load(id);
    }

    static Profile read(String id, String source, InputStream in) {
        try {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || !tree.isObject()) {
                throw new ConfigException("profile " + id, source, "is not a mapping of keys", "start it with 'id: " + id + "'");
            }
            return new Profile(id, source, tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigException("profile " + id, source, "is not valid YAML" + where + ": " + e.getOriginalMessage(),
                    "fix the YAML there");
        } catch (IOException e) {
            throw new ConfigException("profile " + id, source, "cannot be read: " + e.getMessage(), "check the file");
        }
    }

    public String id() {
        return id;
    }

    /** Where the profile came from: the built-in resource or the user's file. */
    public String source() {
        return source;
    }

    /** The system's full name, e.g. "Red Hat Linux 7.3". */
    public String name() {
        return tree.path("name").asText(id);
    }

    /** The years the persona belongs to, e.g. "2002". */
    public String era() {
        return tree.path("era").asText("");
    }

    /** The host name the persona claims (never the real one). */
    public String hostName() {
        return tree.path("host-name").asText("localhost");
    }

    /** What the profile says of one service beyond its texts; absent keys read as off and unnamed. */
    public ServiceClaim claim(String service) {
        JsonNode node = tree.path("services").path(service);
        return new ServiceClaim(service, node.path(ENABLED).asBoolean(false), node.path(NMAP).asText(""));
    }

    JsonNode tree() {
        return tree;
    }

    /**
     * Binds a section at the top of the profile (e.g. {@code decoys}) to its record type; cached.
     * Null when the profile has no such section.
     */
    @SuppressWarnings("unchecked")
    public <T> T part(String key, Class<T> type) {
        if (!tree.has(key)) {
            return null;
        }
        return (T) sections.computeIfAbsent("/" + key, k -> bindPart(key, type));
    }

    private Object bindPart(String key, Class<?> type) {
        try {
            return YAML.treeToValue(tree.path(key), type);
        } catch (IOException e) {
            throw new ConfigException("profile " + id + ": " + key, null,
                    "does not fit: " + e.getMessage().lines().findFirst().orElse(""), "fix " + source);
        }
    }

    /** Binds services.NAME of the profile to the service's own record type; cached. */
    @SuppressWarnings("unchecked")
    public <T> T section(String service, Class<T> type) {
        return (T) sections.computeIfAbsent(service, s -> bind(s, type));
    }

    private Object bind(String service, Class<?> type) {
        JsonNode node = tree.path("services").path(service);
        if (!node.isObject()) {
            throw new ConfigException("profile " + id + ": services." + service, null, "is missing",
                    "add the " + service + " section to " + source);
        }
        ObjectNode texts = ((ObjectNode) node).deepCopy();
        texts.remove(ENABLED);
        texts.remove(NMAP);
        try {
            return YAML.treeToValue(texts, type);
        } catch (IOException e) {
            throw new ConfigException("profile " + id + ": services." + service, null,
                    "does not fit: " + e.getMessage().lines().findFirst().orElse(""), "fix " + source);
        }
    }
}
