package dev.mirage.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Applies a profile's {@code enabled-by-default: false} to the config tree before it is bound: such
 * a service's listener is turned off unless the user's file or the command line set its
 * {@code services.NAME.enabled} (an explicit {@code true} wins, so an operator can still run SSH on
 * a Windows 98 persona, knowingly).
 */
public final class ServiceDefaults {
    private ServiceDefaults() {
    }

    /** explicit tells whether services.NAME.enabled was set by the user (given NAME). */
    public static void apply(ObjectNode tree, Predicate<String> explicit) {
        String id = tree.path("sensor").path("profile").asText("");
        if (id.isBlank()) {
            return;     // the validator names the missing key
        }
        JsonNode folder = tree.path("sensor").path("profiles");
        Profile profile = Profiles.of(folder.isTextual() ? folder.asText() : "").load(id);
        JsonNode services = tree.path("services");
        Iterator<Map.Entry<String, JsonNode>> it = services.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue() instanceof ObjectNode section && !explicit.test(e.getKey())
                    && !profile.claim(e.getKey()).enabledByDefault()) {
                section.put("enabled", false);
            }
        }
    }
}
