package com.creatorplatform.tracking.orders;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * New orders by how attribution decided them, as {@code tracking_attribution_total{outcome, rule}}
 * (docs/adr/0072): a brand whose orders turn {@code UNATTRIBUTED} all at once usually has a broken
 * checkout integration (no click id, no code).
 */
@ApplicationScoped
public class AttributionCounts {

    private final MeterRegistry metrics;

    AttributionCounts(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** A new order has been recorded with its attribution. */
    void recorded(CustomerOrder order) {
        Counter.builder("tracking.attribution")
                .description("New orders by attribution outcome and the rule that decided it")
                .tag("outcome", String.valueOf(order.outcome))
                .tag("rule", String.valueOf(order.rule))
                .register(metrics)
                .increment();
    }
}
