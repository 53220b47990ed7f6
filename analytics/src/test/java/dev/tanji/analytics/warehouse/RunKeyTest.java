package dev.tanji.analytics.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunKeyTest {

    @Test
    void idsCompareAsTheirTextDoesWhateverTheirSignBits() {
        Random random = new Random(14067);
        List<UUID> ids = new ArrayList<>(List.of(new UUID(0, 0), new UUID(-1, -1), new UUID(Long.MIN_VALUE, 0),
                new UUID(Long.MAX_VALUE, Long.MIN_VALUE), new UUID(1, -1), new UUID(-1, 1)));
        for (int i = 0; i < 5_000; i++) {
            ids.add(i % 2 == 0 ? UUID.randomUUID() : new UUID(random.nextLong() >> random.nextInt(64),
                    random.nextLong() >>> random.nextInt(64)));
        }
        List<UUID> byText = ids.stream().sorted(Comparator.comparing(UUID::toString)).toList();

        assertThat(ids.stream().sorted(RunKey::compareAsText).toList()).isEqualTo(byText);
        assertThat(ids.stream().sorted().toList()).as("UUID's own order differs").isNotEqualTo(byText);
    }
}
