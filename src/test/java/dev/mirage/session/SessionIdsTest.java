package dev.mirage.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids sort by time and, within one millisecond, in the order they were made (queries order by start, then id). */
class SessionIdsTest {
    @Test
    void idsOfOneMillisecondSortInTheOrderTheyWereMade() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            made.add(SessionIds.next(1_764_300_000_000L));
        }
        assertThat(made).isSorted().doesNotHaveDuplicates();
        assertThat(SessionIds.next(1_764_300_000_001L)).isGreaterThan(made.get(999));
    }
}
