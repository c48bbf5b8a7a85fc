package io.vectort.assistant.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UserVectorsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    @Test
    void findsExactlyTheNearestVectorsThatABruteForceInDoublePrecisionFinds() {
        Random random = new Random(7);
        int count = 5_000;
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            vectors[i] = randomUnit(random);
        }
        UserVectors index = index(vectors, new long[count]);
        for (int probe = 0; probe < 20; probe++) {
            float[] query = randomUnit(random);

            List<UUID> found = index.nearest(query, 10, NOW).stream()
                    .map(UserVectors.Hit::id)
                    .toList();

            List<UUID> exact = IntStream.range(0, count)
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> exactCosine(query, vectors[i]))
                            .reversed())
                    .limit(10)
                    .map(i -> index.ids()[i])
                    .toList();
            assertThat(found).as("recall@10 is 1.0").isEqualTo(exact);
        }
    }

    @Test
    void staysExactAmongNearDuplicatesThatTheOneByteFormCannotTellApart() {
        Random random = new Random(3);
        float[] base = randomUnit(random);
        int count = 2_000;
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            float[] near = base.clone();
            for (int d = 0; d < near.length; d++) {
                near[d] += (float) (random.nextGaussian() * 1e-3);
            }
            vectors[i] = Vectors.normalized(near);
        }
        UserVectors index = index(vectors, new long[count]);

        List<UUID> found =
                index.nearest(base, 10, NOW).stream().map(UserVectors.Hit::id).toList();

        List<UUID> exact = IntStream.range(0, count)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> exactCosine(base, vectors[i]))
                        .reversed())
                .limit(10)
                .map(i -> index.ids()[i])
                .toList();
        assertThat(found).isEqualTo(exact);
    }

    @Test
    void theOneByteFormStaysWithinItsErrorBound() {
        Random random = new Random(5);
        for (int pair = 0; pair < 2_000; pair++) {
            float[] a = randomUnit(random);
            float[] b = pair % 2 == 0 ? randomUnit(random) : a;
            QuantizedVector qa = QuantizedVector.of(a);
            QuantizedVector qb = QuantizedVector.of(b);

            double error = Math.abs(qa.approximateDot(qb) - exactCosine(a, b));

            assertThat(error).isLessThanOrEqualTo(qa.errorBound(qb));
            assertThat(qa.errorBound(qb))
                    .as("a bound tight enough to skip rows")
                    .isLessThan(0.05f);
        }
    }

    @Test
    void leavesExpiredVectorsOut() {
        float[] query = Vectors.normalized(new float[Vectors.DIMENSIONS]);
        query[0] = 1;
        float[] same = query.clone();
        float[] other = new float[Vectors.DIMENSIONS];
        other[1] = 1;
        long[] expiries = {NOW.minusSeconds(1).toEpochMilli(), UserVectors.NEVER};

        UserVectors index = index(new float[][] {same, other}, expiries);

        assertThat(index.nearest(query, 5, NOW)).extracting(UserVectors.Hit::id).containsExactly(index.ids()[1]);
    }

    @Test
    void aWriteAppliedToTheIndexAddsReplacesAndRemovesRowsOnceOnly() {
        Random random = new Random(11);
        UserVectors index =
                index(new float[][] {randomUnit(random), randomUnit(random), randomUnit(random)}, new long[3]);
        UUID removed = index.ids()[0];
        float[] fresh = randomUnit(random);
        UserVectors.Row added = new UserVectors.Row(UUID.randomUUID(), fresh, UserVectors.NEVER);

        UserVectors after = index.after(2, java.util.Set.of(removed), java.util.Optional.of(added));
        UserVectors again = after.after(2, java.util.Set.of(removed), java.util.Optional.of(added));

        assertThat(after.revision()).isEqualTo(2);
        assertThat(after.ids()).containsExactly(index.ids()[1], index.ids()[2], added.id());
        assertThat(again.ids()).containsExactly(index.ids()[1], index.ids()[2], added.id());
        assertThat(again.nearest(fresh, 1, NOW)).extracting(UserVectors.Hit::id).containsExactly(added.id());
        assertThat(again.nearest(fresh, 1, NOW).get(0).similarity())
                .isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
        // A write shares the kept one-byte vectors (no copy of 100,000 rows per fact remembered);
        // a load copies them into one contiguous run.
        assertThat(after.quantized()[0].values()).isSameAs(index.quantized()[1].values());
        UserVectors loaded = UserVectors.of(3, java.util.List.of(added));
        assertThat(loaded.quantized()[0].values())
                .isNotSameAs(added.quantized().values())
                .isEqualTo(added.quantized().values());
    }

    @Test
    void storedVectorsReadBackAtUnitLength() {
        float[] vector = new float[Vectors.DIMENSIONS];
        Arrays.fill(vector, 3f);

        float[] read = Vectors.read(Vectors.toBytes(vector));

        assertThat(Vectors.dot(read, read)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(read[0])
                .isCloseTo((float) (1 / Math.sqrt(Vectors.DIMENSIONS)), org.assertj.core.data.Offset.offset(1e-6f));
    }

    private static UserVectors index(float[][] vectors, long[] expiries) {
        List<UserVectors.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            rows.add(new UserVectors.Row(
                    UUID.randomUUID(),
                    Vectors.read(Vectors.toBytes(vectors[i])),
                    expiries[i] == 0 ? UserVectors.NEVER : expiries[i]));
        }
        return UserVectors.of(1, rows);
    }

    private static float[] randomUnit(Random random) {
        float[] vector = new float[Vectors.DIMENSIONS];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return Vectors.normalized(vector);
    }

    private static double exactCosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
