package com.creatorplatform.tracking.domain.attribution;

import java.time.Instant;
import java.util.UUID;

/**
 * Why an order went where it went: enough for a brand to answer "why was this order credited to
 * X?".
 *
 * <p>Which fields are set:
 *
 * <ul>
 *   <li>{@link Rule#DISCOUNT_CODE}: creator, campaign and code of the discount code; no click, no
 *       post, no platform, no window (a code has none).
 *   <li>{@link Rule#LAST_CLICK}: creator, campaign, post and platform (either may be null) of the
 *       click's link and id of the click, and the window {@code [windowStart, windowEnd]} (both
 *       inclusive) the order fell in.
 *   <li>{@link Rule#NONE} ({@link Outcome#UNATTRIBUTED} only): no creator, campaign, touch, window
 *       or offer version, since nobody is credited; {@code reason} names what was missing or, for a
 *       latest click outside its window, which click and by how much.
 * </ul>
 *
 * {@code offerVersionId} is the offer version whose terms decided (of the code's campaign for a
 * code, of the click's campaign for a click); null when that campaign had no published offer and
 * the defaults applied. {@code reason} is one human sentence.
 */
public record Attribution(
        Outcome outcome,
        Rule rule,
        UUID creatorId,
        UUID campaignId,
        UUID postId,
        String platform,
        UUID clickId,
        String code,
        Instant windowStart,
        Instant windowEnd,
        UUID offerVersionId,
        String reason) {

    public Attribution {
        Checks.required("outcome", outcome);
        Checks.required("rule", rule);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
        if ((outcome == Outcome.UNATTRIBUTED) != (rule == Rule.NONE)) {
            throw new IllegalArgumentException(
                    "rule " + rule + " does not go with outcome " + outcome);
        }
        if (outcome == Outcome.UNATTRIBUTED && creatorId != null) {
            throw new IllegalArgumentException("an unattributed order has no creator");
        }
        if (outcome != Outcome.UNATTRIBUTED) {
            Checks.required("creator_id", creatorId);
            Checks.required("campaign_id", campaignId);
        }
        if (rule == Rule.DISCOUNT_CODE) {
            Checks.required("code", code);
        }
        if (rule == Rule.LAST_CLICK) {
            Checks.required("click_id", clickId);
            Checks.required("window_start", windowStart);
            Checks.required("window_end", windowEnd);
        }
    }

    /**
     * Whether the credited creator earns commission on this order (once it completes): only when
     * attributed.
     */
    public boolean earnsCommission() {
        return outcome == Outcome.ATTRIBUTED;
    }
}
