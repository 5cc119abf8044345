package com.creatorplatform.campaign.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One attempt to deliver an event to an endpoint, as the delivery log shows it: the HTTP status (0
 * when the endpoint did not answer) and the start of the answer.
 */
public record WebhookAttempt(
        UUID id,
        UUID deliveryId,
        UUID endpointId,
        String eventId,
        String eventType,
        Instant attemptedAt,
        int statusCode,
        boolean succeeded,
        String answer) {

    /** How much of an answer is kept. */
    public static final int MAX_ANSWER = 200;

    /** Whether an HTTP status means delivered: any 2xx. */
    public static boolean delivered(int statusCode) {
        return statusCode >= 200 && statusCode < 300;
    }

    /** The answer cut to {@link #MAX_ANSWER} characters. */
    public static String shortAnswer(String answer) {
        String text = answer == null ? "" : answer.strip();
        return text.length() <= MAX_ANSWER ? text : text.substring(0, MAX_ANSWER - 1) + "…";
    }
}
