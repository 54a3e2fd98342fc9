package dev.mirage.decoy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A word list of the decoy content (src/main/resources/decoy/NAME.txt): one word a line, '#' starts
 * a comment line. They are data, not code, like every text an attacker may end up seeing.
 */
final class WordList {
    /** Common words people make passwords of; an easy password is one of them and two digits. */
    static final String EASY = "easy-words";
    /** Amusing but plausible passwords of the fun strength. */
    static final String FUN_PASSWORDS = "fun-passwords";
    /** Amusing but plausible user names of the fun strength's extra accounts. */
    static final String FUN_USERS = "fun-users";

    private static final Map<String, List<String>> LOADED = new ConcurrentHashMap<>();

    private WordList() {
    }

    static List<String> of(String name) {
        return LOADED.computeIfAbsent(name, WordList::load);
    }

    private static List<String> load(String name) {
        String resource = "/decoy/" + name + ".txt";
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> words = r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (words.isEmpty()) {
                throw new IllegalStateException(resource + " holds no word");
            }
            return words;
        } catch (IOException e) {
            throw new IllegalStateException(resource + " is unreadable", e);
        }
    }
}
