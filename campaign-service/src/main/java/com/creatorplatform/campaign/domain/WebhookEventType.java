package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Echo;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The events a brand's webhook endpoint may subscribe to, by their wire names. */
public enum WebhookEventType {
    ORDER_ATTRIBUTED("order.attributed"),
    ORDER_REFUNDED("order.refunded"),
    COMMISSION_CREDITED("commission.credited"),
    POST_SUBMITTED("post.submitted"),
    POST_PUBLISHED("post.published"),
    PAYOUT_RUN_APPROVED("payout_run.approved"),
    PAYOUT_RUN_PAID("payout_run.paid");

    public final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The named events, each once in the order given; an unknown or empty list is refused. */
    public static List<String> parse(List<String> names) {
        if (names.isEmpty()) {
            throw ApiError.invalidArgument("events must name at least one event: " + known());
        }
        Set<String> events = new LinkedHashSet<>();
        for (String name : names) {
            String trimmed = name == null ? "" : name.trim();
            if (Arrays.stream(values()).noneMatch(type -> type.wireName.equals(trimmed))) {
                throw ApiError.invalidArgument(
                        "events: '" + Echo.of(name) + "' is not an event; known: " + known());
            }
            events.add(trimmed);
        }
        return List.copyOf(events);
    }

    private static String known() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.wireName).toList());
    }
}
