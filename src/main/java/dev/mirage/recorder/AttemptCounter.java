package dev.mirage.recorder;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts sessions per source, per service and in total ("Attempt 1/2 (FTP/Total)"). Owned by the
 * recorder thread only. Bounded: past {@link #MAX_SOURCES} it forgets and reloads from the store.
 */
final class AttemptCounter {
    static final int MAX_SOURCES = 100_000;

    /** Loads a source's past counts, per service, from the store. */
    interface History {
        void load(String sourceIp, Map<String, Integer> perService) throws Exception;
    }

    record Attempt(int service, int total) {
    }

    private final Map<String, Map<String, Integer>> bySource = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();
    private final History history;

    AttemptCounter(History history) {
        this.history = history;
    }

    Attempt next(String sourceIp, String service) throws Exception {
        Map<String, Integer> perService = bySource.get(sourceIp);
        if (perService == null) {
            if (bySource.size() >= MAX_SOURCES) {
                bySource.clear();
                totals.clear();
            }
            perService = new HashMap<>();
            history.load(sourceIp, perService);
            bySource.put(sourceIp, perService);
            totals.put(sourceIp, perService.values().stream().mapToInt(Integer::intValue).sum());
        }
        int s = perService.merge(service, 1, Integer::sum);
        int t = totals.merge(sourceIp, 1, Integer::sum);
        return new Attempt(s, t);
    }
}
