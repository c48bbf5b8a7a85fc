package io.vectort.assistant.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankFusionTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final Instant LAST_YEAR = NOW.minus(Duration.ofDays(365));

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    @Test
    void aFactFoundByBothRankingsOutranksOneFoundByEitherAlone() {
        List<RankFusion.Scored> fused = RankFusion.fuse(List.of(a, b), List.of(c, b), id -> LAST_YEAR, NOW);

        assertThat(fused).extracting(RankFusion.Scored::id).first().isEqualTo(b);
        assertThat(fused).hasSize(3);
    }

    @Test
    void scoresAreReciprocalRanksSummedOverTheRankings() {
        List<RankFusion.Scored> fused = RankFusion.fuse(List.of(a, b), List.of(b), id -> LAST_YEAR, NOW);

        double boost = RankFusion.recencyBoost(LAST_YEAR, NOW);
        assertThat(fused.get(0).score())
                .isCloseTo((1.0 / 62 + 1.0 / 61) * boost, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 61 * boost, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theNewerOfTwoEquallyRelevantFactsComesFirst() {
        Map<UUID, Instant> created = Map.of(a, LAST_YEAR, b, NOW.minus(Duration.ofHours(1)));

        // a leads the words ranking, b the meaning ranking: a tie that recency decides.
        List<RankFusion.Scored> fused = RankFusion.fuse(List.of(a, b), List.of(b, a), created::get, NOW);

        assertThat(fused).extracting(RankFusion.Scored::id).containsExactly(b, a);
    }

    @Test
    void recencyDoesNotLiftAFreshFactFoundOnceAboveAnOldOneFoundTwice() {
        Map<UUID, Instant> created = Map.of(a, LAST_YEAR, b, NOW);

        List<RankFusion.Scored> fused = RankFusion.fuse(List.of(a), List.of(a, b), created::get, NOW);

        assertThat(fused).extracting(RankFusion.Scored::id).containsExactly(a, b);
    }

    @Test
    void theRecencyBoostHalvesEveryHalfLifeAndNeverExceedsItsWeight() {
        assertThat(RankFusion.recencyBoost(NOW, NOW)).isEqualTo(1 + RankFusion.RECENCY_WEIGHT);
        assertThat(RankFusion.recencyBoost(NOW.minus(RankFusion.RECENCY_HALF_LIFE), NOW))
                .isCloseTo(1 + RankFusion.RECENCY_WEIGHT / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(RankFusion.recencyBoost(NOW.plusSeconds(60), NOW)).isEqualTo(1 + RankFusion.RECENCY_WEIGHT);
    }

    @Test
    void nothingToFuseGivesNothing() {
        assertThat(RankFusion.fuse(List.of(), List.of(), id -> NOW, NOW)).isEmpty();
    }
}
