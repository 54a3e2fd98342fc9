package dev.mirage.decoy;

import dev.mirage.profile.Placeholders;
import java.util.Map;

/**
 * Fills the {name} placeholders of a decoy file's line. Unlike a reply template, an unknown name is
 * an error: a line that names a field the scheme has not (say {nt} in a crypt file) is a profile
 * mistake that ./mirage check must name, not a brace to print.
 */
final class Lines {
    private Lines() {
    }

    static String fill(String template, Map<String, String> values) {
        return Placeholders.fillAll(template, values::get);
    }

    /** Whether the template names any of these placeholders. */
    static boolean names(String template, String... names) {
        for (String n : names) {
            if (template.contains("{" + n + "}")) {
                return true;
            }
        }
        return false;
    }
}
