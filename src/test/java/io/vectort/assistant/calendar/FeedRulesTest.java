package io.vectort.assistant.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FeedRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aRuleWithoutUntilIsCopiedAsStored() {
        assertThat(FeedRules.forZone("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10", PARIS))
                .isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10");
    }

    @Test
    void aLocalUntilBecomesUtcInTheRemindersZone() {
        assertThat(FeedRules.forZone("FREQ=DAILY;UNTIL=20260401T080000;BYHOUR=8", PARIS))
                .isEqualTo("FREQ=DAILY;UNTIL=20260401T060000Z;BYHOUR=8");
        assertThat(FeedRules.forZone("FREQ=DAILY;UNTIL=20260115T080000", PARIS))
                .as("winter time, one hour ahead of UTC")
                .isEqualTo("FREQ=DAILY;UNTIL=20260115T070000Z");
    }

    @Test
    void aDayUntilMeansItsLastSecondAndAUtcUntilIsKept() {
        assertThat(FeedRules.forZone("FREQ=DAILY;UNTIL=20260401", PARIS))
                .isEqualTo("FREQ=DAILY;UNTIL=20260401T215959Z");
        assertThat(FeedRules.forZone("FREQ=DAILY;UNTIL=20260401T060000Z", PARIS))
                .isEqualTo("FREQ=DAILY;UNTIL=20260401T060000Z");
    }
}
