package io.vectort.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void areVersion7RfcVariantUuids() {
        UUID id = Ids.newId();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void carryTheCreationTimeSoTheySortByIt() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Ids.newId());
            Thread.sleep(2);
        }
        List<String> asText = ids.stream().map(UUID::toString).toList();
        assertThat(asText).isSorted();
        long millis = ids.get(0).getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(System.currentTimeMillis() - 10_000, System.currentTimeMillis());
    }

    @Test
    void areUnique() {
        HashSet<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(Ids.newId())).isTrue();
        }
    }
}
