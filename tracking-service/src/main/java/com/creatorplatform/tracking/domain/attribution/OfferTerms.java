package com.creatorplatform.tracking.domain.attribution;

import java.util.UUID;

/**
 * Terms of the offer version in effect for a campaign at the order's time. A null {@code
 * offerVersionId} means no offer was published and the {@link #defaults() defaults} apply (30 days,
 * code wins).
 *
 * @param offerVersionId the offer version these terms come from; null for the defaults
 * @param attributionWindowDays how many days after a click an order still goes to it; at least 1
 * @param priority whether a discount code or a qualifying click wins when an order has both
 */
public record OfferTerms(UUID offerVersionId, int attributionWindowDays, Priority priority) {

    public static final int DEFAULT_ATTRIBUTION_WINDOW_DAYS = 30;

    private static final OfferTerms DEFAULTS =
            new OfferTerms(null, DEFAULT_ATTRIBUTION_WINDOW_DAYS, Priority.CODE_WINS);

    public OfferTerms {
        if (attributionWindowDays < 1) {
            throw new IllegalArgumentException(
                    "attribution_window_days must be at least 1, got " + attributionWindowDays);
        }
        if (priority == null) {
            throw new IllegalArgumentException("priority is required");
        }
    }

    /** The terms of a campaign without a published offer: a 30-day window, code wins. */
    public static OfferTerms defaults() {
        return DEFAULTS;
    }
}
