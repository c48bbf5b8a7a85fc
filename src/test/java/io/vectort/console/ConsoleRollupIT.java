package io.vectort.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The rollup job: each source row counted once, however often and from however many nodes it runs. */
class ConsoleRollupIT extends IntegrationTest {

    @Autowired
    ConsoleRollup rollup;

    @Autowired
    PlatformTransactionManager transactions;

    private ConsoleFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(jdbc, transactions);
    }

    @Test
    void rollingUpTwiceOrFromTwoNodesAtOnceCountsEachRowOnce() throws Exception {
        Api.Session customer = api.newUser();
        UUID org = customer.userId();
        Instant now = Instant.now();
        fixtures.restartRollupsAt(now.minus(2, ChronoUnit.DAYS));
        for (int i = 0; i < 30; i++) {
            fixtures.call(org, now.minus(Duration.ofMinutes(45L * i + 1)), "api", "m", "ok", "0.01", 5);
        }
        Thread other = Thread.ofVirtual().start(() -> rollup.rollUpTo(now));
        rollup.rollUpTo(now);
        other.join();
        assertThat(rollup.rollUpTo(now)).isZero();
        long calls = jdbc.sql("select sum(calls) from console_call_usage where org_id = :o")
                .param("o", org)
                .query(Long.class)
                .single();
        assertThat(calls).isEqualTo(30);
        assertThat(jdbc.sql("select sum(cost_usd) from console_call_usage where org_id = :o")
                        .param("o", org)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("0.30");
        Instant mark = jdbc.sql("select rolled_up_to from console_watermarks where source = 'llm-calls'")
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(mark).isEqualTo(now.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void aWindowEndsAtTheWatermarkAndTheNextRunStartsThere() {
        UUID org = api.newUser().userId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        fixtures.restartRollupsAt(now.minus(1, ChronoUnit.HOURS));
        fixtures.call(org, now.minus(30, ChronoUnit.MINUTES), "builder", "m", "ok", "1.5", 5);
        fixtures.call(org, now.minus(5, ChronoUnit.MINUTES), "builder", "m", "ok", "2.25", 5);

        rollup.rollUpTo(now.minus(10, ChronoUnit.MINUTES));
        assertThat(cost(org)).isEqualByComparingTo("1.5");
        rollup.rollUpTo(now);
        assertThat(cost(org)).isEqualByComparingTo("3.75");
        assertThat(rollup.rollUpTo(now.minus(1, ChronoUnit.MINUTES)))
                .as("behind the watermark: nothing to do")
                .isZero();
        assertThat(cost(org)).isEqualByComparingTo("3.75");
    }

    private BigDecimal cost(UUID org) {
        return jdbc.sql("select coalesce(sum(cost_usd), 0) from console_call_usage where org_id = :o")
                .param("o", org)
                .query(BigDecimal.class)
                .single();
    }
}
