package io.vectort.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Conversions between USD amounts, micro-USD (how the ledger counts) and credits (how people count). */
public final class Money {

    /** One credit is a thousandth of a dollar: 1,000 micro-USD. */
    public static final long MICROS_PER_CREDIT = 1_000;

    private static final BigDecimal MICROS_PER_USD = BigDecimal.valueOf(1_000_000);

    private Money() {}

    /** Rounded up: a call is never charged less than it cost. */
    public static long microsOf(BigDecimal usd) {
        return usd.multiply(MICROS_PER_USD).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    public static BigDecimal credits(long micros) {
        return BigDecimal.valueOf(micros).divide(BigDecimal.valueOf(MICROS_PER_CREDIT), 3, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal usd(long micros) {
        return BigDecimal.valueOf(micros).divide(MICROS_PER_USD, 6, RoundingMode.UNNECESSARY);
    }
}
