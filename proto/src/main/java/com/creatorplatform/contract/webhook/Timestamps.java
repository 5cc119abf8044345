package com.creatorplatform.contract.webhook;

import java.time.Instant;

/** The signing time of a webhook, checked once for every scheme. */
public final class Timestamps {

    private Timestamps() {}

    /**
     * The header's Unix seconds, or {@link WebhookRefused} when it is not a number or more than
     * {@link StandardWebhooks#TOLERANCE} from now.
     */
    public static long withinTolerance(String header, String value, Instant now) {
        long timestamp;
        try {
            timestamp = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw WebhookRefused.because(header + " must be Unix seconds");
        }
        // Compared as seconds around now, which cannot overflow: any long a client sends is only
        // too far off.
        long nowSeconds = now.getEpochSecond();
        long tolerance = StandardWebhooks.TOLERANCE.toSeconds();
        if (timestamp < nowSeconds - tolerance || timestamp > nowSeconds + tolerance) {
            throw WebhookRefused.because("the request was signed more than 5 minutes from now");
        }
        return timestamp;
    }
}
