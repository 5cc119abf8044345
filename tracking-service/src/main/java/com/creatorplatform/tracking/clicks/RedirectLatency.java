package com.creatorplatform.tracking.clicks;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The redirect's latency as a histogram (docs/adr/0072): Quarkus times every request as {@code
 * http_server_requests_seconds}; for {@code /r/{code}} alone it also keeps buckets, so that a
 * percentile can be computed across pods (the redirect answers in microseconds unless it waits for
 * the click writer to catch up, see {@link Backlog}). Other routes keep the plain timer.
 */
@Singleton
public class RedirectLatency {

    static final double[] BUCKETS_SECONDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1};

    @Produces
    @Singleton
    MeterFilter redirectBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(
                    Meter.Id id, DistributionStatisticConfig config) {
                String uri = id.getTag("uri");
                if (!"http.server.requests".equals(id.getName())
                        || uri == null
                        || !uri.startsWith("/r/")) {
                    return config;
                }
                double[] nanos = new double[BUCKETS_SECONDS.length]; // a timer's unit
                for (int i = 0; i < nanos.length; i++) {
                    nanos[i] = BUCKETS_SECONDS[i] * 1e9;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(nanos)
                        .build()
                        .merge(config);
            }
        };
    }
}
