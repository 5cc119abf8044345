package com.creatorplatform.tracking.domain.attribution;

import java.time.Instant;
import java.util.List;

/**
 * What the engine needs to know about an order.
 *
 * @param at when the order was placed
 * @param customerHash the customer's hashed email; null when the shop sent none (then no
 *     self-referral)
 * @param code the brand's discount code the order carried; null for none
 * @param visitorClicks the visitor's clicks on any link of the brand, in any order, possibly empty
 *     (null is taken as empty); clicks after the order time are allowed and ignored
 */
public record Order(Instant at, String customerHash, CodeUse code, List<Click> visitorClicks) {

    public Order {
        Checks.required("order time", at);
        if (visitorClicks == null) {
            visitorClicks = List.of();
        } else {
            for (Click click : visitorClicks) {
                Checks.required("visitor click", click);
            }
            visitorClicks = List.copyOf(visitorClicks);
        }
    }
}
