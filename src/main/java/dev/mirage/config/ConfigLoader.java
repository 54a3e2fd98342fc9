package dev.mirage.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mirage.profile.ServiceDefaults;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the configuration: embedded defaults, then the user's file (only the keys it changes),
 * then command-line overrides; binds it to immutable records and validates it.
 */
public final class ConfigLoader {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule()
                    .addDeserializer(Duration.class, new SpanDeserializer())
                    .addDeserializer(ByteSize.class, new SizeDeserializer()))
            .build();

    private ConfigLoader() {
    }

    public static ObjectNode defaultsTree() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/config/defaults.yaml")) {
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defaults merged with the file (if any) and the overrides, bound and validated. */
    public static MirageConfig load(Path file, Overrides overrides) {
        ObjectNode tree = defaultsTree();
        JsonNode user = file == null ? null : readFile(file);
        if (user != null) {
            merge(tree, user, "");
        }
        if (overrides != null) {
            overrides.applyTo(tree);
        }
        // A service the profile's system never ran stays off unless the file or the command line enables it.
        ServiceDefaults.apply(tree, service -> (user != null && user.path("services").path(service).has("enabled"))
                || (overrides != null && overrides.has("services." + service + ".enabled")));
        Secrets.resolve(tree, System::getenv);
        MirageConfig config = bind(tree);
        ConfigValidator.validate(config);
        return config;
    }

    public static MirageConfig defaults() {
        return load(null, null);
    }

    private static JsonNode readFile(Path file) {
        try {
            String text = Files.readString(file);
            JsonNode node = text.isBlank() ? YAML.createObjectNode() : YAML.readTree(text);
            if (node == null || node.isMissingNode()) {
                return YAML.createObjectNode();
            }
            if (!node.isObject()) {
                throw new ConfigException("(top level)", null, "in " + file + " is not a mapping of keys",
                        "write keys as 'sensor:', 'listen:', ... (see ./mirage --help and README.md)");
            }
            return node;
        } catch (NoSuchFileException e) {
            throw new ConfigException("--config", file, "names no file", "give the path of an existing YAML file");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new ConfigException("--config", file, "is not valid YAML" + where + ": " + e.getOriginalMessage(),
                    "fix the YAML syntax there");
        } catch (IOException e) {
            throw new ConfigException("--config", file, "cannot be read: " + e.getMessage(),
                    "check the path and its permissions");
        }
    }

    /** Deep merge: objects merge key by key; any other value replaces the default. Unknown keys stay, for bind() to reject. */
    static void merge(ObjectNode base, JsonNode over, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> it = over.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            JsonNode current = base.get(e.getKey());
            JsonNode value = e.getValue();
            if ((value == null || value.isNull()) && current != null && current.isTextual() && key.startsWith("alerts.")) {
                base.put(e.getKey(), "");    // "username: null" in an alerts section means none
                continue;
            }
            if (value == null || value.isNull()) {
                throw new ConfigException(key, null, "has no value", "give it a value or remove the line to keep the default");
            }
            if (current != null && current.isObject()) {
                if (!value.isObject()) {
                    throw new ConfigException(key, value.asText(value.toString()), "must be a mapping of keys ("
                            + fieldNames(current) + ")", "write it as '" + e.getKey() + ":' followed by indented keys");
                }
                merge((ObjectNode) current, value, key + ".");
            } else {
                base.set(e.getKey(), value);
            }
        }
    }

    static String fieldNames(JsonNode node) {
        StringBuilder b = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> b.append(b.isEmpty() ? "" : ", ").append(n));
        return b.toString();
    }

    private static MirageConfig bind(ObjectNode tree) {
        try {
            return YAML.treeToValue(tree, MirageConfig.class);
        } catch (UnrecognizedPropertyException e) {
            String key = path(e);
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new ConfigException(key, null, "is not a known key",
                    known.isEmpty() ? "remove it" : "remove it, or use one of: " + known);
        } catch (InvalidFormatException e) {
            throw new ConfigException(path(e), e.getValue(), "is not " + describe(e.getTargetType()),
                    fixFor(e.getTargetType()));
        } catch (MismatchedInputException e) {
            String key = path(e);
            JsonNode bad = at(tree, e);
            throw new ConfigException(key, bad == null ? null : bad.toString(), "is not " + describe(e.getTargetType()),
                    fixFor(e.getTargetType()));
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            JsonNode bad = at(tree, e);
            throw new ConfigException(path(e), bad == null ? null : bad.asText(), "cannot be read: " + cause.getMessage(),
                    "see README.md for the form of this key");
        } catch (JsonProcessingException e) {
            throw new ConfigException("(config)", null, "cannot be read: " + e.getOriginalMessage(), "");
        }
    }

    private static JsonNode at(JsonNode tree, JsonMappingException e) {
        JsonNode n = tree;
        for (JsonMappingException.Reference r : e.getPath()) {
            if (n == null) {
                return null;
            }
            n = r.getFieldName() != null ? n.get(r.getFieldName()) : n.get(r.getIndex());
        }
        return n;
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? "(top level)" : b.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the right type";
        }
        if (type == int.class || type == Integer.class || type == long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Duration.class) {
            return "a time span";
        }
        if (type == ByteSize.class) {
            return "a size";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of keys";
    }

    private static String fixFor(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class) {
            return "write a number such as 2121, without quotes";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "write true or false";
        }
        if (type == Duration.class) {
            return "write a number with a unit, e.g. 500ms, 60s, 2m, 1h";
        }
        if (type == ByteSize.class) {
            return "write a number of bytes or a size with a unit, e.g. 4096, 2KiB, 1MiB";
        }
        if (type != null && java.util.List.class.isAssignableFrom(type)) {
            return "write a list, e.g. [3389, 5900]";
        }
        return "see README.md for the form of this key";
    }

    private static final class SpanDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String text = p.getValueAsString();
            try {
                if (text == null) {
                    throw new NumberFormatException();
                }
                return Spans.parse(text);
            } catch (RuntimeException e) {
                throw InvalidFormatException.from(p, "not a time span", text == null ? p.getText() : text, Duration.class);
            }
        }
    }

    private static final class SizeDeserializer extends JsonDeserializer<ByteSize> {
        @Override
        public ByteSize deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String text = p.getValueAsString();
            try {
                if (text == null) {
                    throw new NumberFormatException();
                }
                return ByteSize.parse(text);
            } catch (RuntimeException e) {
                throw InvalidFormatException.from(p, "not a size", text == null ? p.getText() : text, ByteSize.class);
            }
        }
    }
}
