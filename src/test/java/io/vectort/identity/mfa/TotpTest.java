package io.vectort.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 Appendix B: the SHA-1 seed and its 8-digit codes at these times. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static final Map<Long, String> RFC_VECTORS = Map.of(
            59L, "94287082",
            1111111109L, "07081804",
            1111111111L, "14050471",
            1234567890L, "89005924",
            2000000000L, "69279037",
            20000000000L, "65353130");

    private final Totp totp = new Totp();

    @Test
    void makesTheCodesOfRfc6238AppendixB() {
        Totp eightDigits = new Totp(8);
        RFC_VECTORS.forEach((seconds, expected) -> {
            long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
            assertThat(eightDigits.code(RFC_SEED, step)).as("at %d s", seconds).isEqualTo(expected);
            // Six digits are the same value modulo 10^6: the last six digits.
            assertThat(totp.code(RFC_SEED, step)).as("at %d s", seconds).isEqualTo(expected.substring(2));
        });
    }

    @Test
    void acceptsTheCurrentStepAndOneEitherSideButNoFurther() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_015L), ZoneOffset.UTC);
        long now = Totp.stepAt(clock.instant());
        for (long offset = -1; offset <= 1; offset++) {
            String code = totp.code(RFC_SEED, now + offset);
            assertThat(totp.matchingStep(RFC_SEED, code, clock.instant())).contains(now + offset);
        }
        for (long offset : new long[] {-3, -2, 2, 3}) {
            String code = totp.code(RFC_SEED, now + offset);
            if (!code.equals(totp.code(RFC_SEED, now - 1))
                    && !code.equals(totp.code(RFC_SEED, now))
                    && !code.equals(totp.code(RFC_SEED, now + 1))) {
                assertThat(totp.matchingStep(RFC_SEED, code, clock.instant()))
                        .as("%d steps away", offset)
                        .isEmpty();
            }
        }
    }

    @Test
    void aCodeKeepsWorkingWhileTheClockMovesWithinTheWindow() {
        Instant start = Instant.ofEpochSecond(1_700_000_010L);
        String code = totp.code(RFC_SEED, Totp.stepAt(start));
        assertThat(totp.matchingStep(RFC_SEED, code, start.plusSeconds(29))).isPresent();
        assertThat(totp.matchingStep(RFC_SEED, code, start.plusSeconds(45))).isPresent();
        assertThat(totp.matchingStep(RFC_SEED, code, start.plusSeconds(75))).isEmpty();
        assertThat(totp.matchingStep(RFC_SEED, code, start.minusSeconds(30))).isPresent();
        assertThat(totp.matchingStep(RFC_SEED, code, start.minusSeconds(60))).isEmpty();
    }

    @Test
    void onlySixDigitsAreACode() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(totp.matchingStep(RFC_SEED, "94287082", now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SEED, "28708", now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SEED, "28708a", now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SEED, "287082", now)).contains(1L);
        assertThat(Totp.looksLikeCode("abcd-efgh-jkmn")).isFalse();
    }

    @Test
    void newSecretsAre160RandomBits() {
        assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
    }
}
