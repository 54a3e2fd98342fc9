package dev.mirage.profile;

import dev.mirage.config.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The profiles a sensor can take: the built-in ones (listed in profiles/index, since a jar cannot
 * list a resource folder) and those of the user's folder (sensor.profiles), where a file ID.yaml
 * overrides the built-in profile of the same id.
 */
public final class Profiles {
    private static final String ID = "[a-z0-9][a-z0-9.-]*";
    private static final String FIX = "use an id such as linux (./mirage profiles lists them)";

    private final Path folder;

    private Profiles(Path folder) {
        this.folder = folder;
    }

    public static Profiles builtIn() {
        return new Profiles(null);
    }

    /** The built-ins plus the user's folder; "" or null means no folder. */
    public static Profiles of(String folder) {
        if (folder == null || folder.isBlank()) {
            return builtIn();
        }
        Path p = Path.of(folder);
        if (!Files.isDirectory(p)) {
            throw new ConfigException("sensor.profiles", folder, "names no folder",
                    "give the folder of your own profile files (ID.yaml), or \"\" for none");
        }
        return new Profiles(p);
    }

    /** The ids of the built-in profiles, in the order of profiles/index. */
    public static List<String> builtInIds() {
        try (InputStream in = Profiles.class.getResourceAsStream("/profiles/index");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("profiles/index is unreadable", e);
        }
    }

    /** Every id: the built-ins first, then ids only the user's folder has, by name. */
    public List<String> ids() {
        Set<String> ids = new LinkedHashSet<>(builtInIds());
        ids.addAll(userIds());
        return List.copyOf(ids);
    }

    /** The ids of the user's folder, by name. */
    public List<String> userIds() {
        if (folder == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".yaml")) {
                    continue;
                }
                String id = name.substring(0, name.length() - ".yaml".length());
                if (!id.matches(ID)) {
                    throw new ConfigException("sensor.profiles", f, "holds a file whose name is no profile id",
                            "name it ID.yaml with lower-case letters, digits, '.' and '-' only, e.g. my-host.yaml");
                }
                out.add(id);
            }
        } catch (IOException e) {
            throw new ConfigException("sensor.profiles", folder, "cannot be read: " + e.getMessage(), "check its permissions");
        }
        return out;
    }

    /** Loads a profile: the user's file of that id if there is one, else the built-in one. */
    public Profile load(String id) {
        if (id == null || !id.matches(ID)) {
            throw new ConfigException("sensor.profile", id, "is not a profile id", FIX);
        }
        if (folder != null) {
            Path file = folder.resolve(id + ".yaml");
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return Profile.read(id, file.toString(), in);
                } catch (IOException e) {
                    throw new ConfigException("profile " + id, file, "cannot be read: " + e.getMessage(), "check its permissions");
                }
            }
        }
        String resource = "/profiles/" + id + ".yaml";
        try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("sensor.profile", id, "names no profile", FIX);
            }
            return Profile.read(id, "profiles/" + id + ".yaml", in);
        } catch (IOException e) {
            throw new ConfigException("sensor.profile", id, "cannot be read: " + e.getMessage(), "fix the profile file");
        }
    }
}
