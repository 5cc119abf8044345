package com.creatorplatform.payout.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The one rounding rule of the ledger: exact arithmetic, then half-up to a whole minor unit, once
 * per line.
 */
final class Rounding {

    static final long BASIS_POINTS = 10_000;

    private Rounding() {}

    /** amount × numerator / denominator, rounded half-up; exact for any long inputs. */
    static long share(long amountMinor, long numerator, long denominator) {
        return divide(
                BigInteger.valueOf(amountMinor).multiply(BigInteger.valueOf(numerator)),
                denominator);
    }

    static long divide(BigInteger numerator, long denominator) {
        return new BigDecimal(numerator)
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    static long atRate(long amountMinor, int rateBasisPoints) {
        return share(amountMinor, rateBasisPoints, BASIS_POINTS);
    }
}
