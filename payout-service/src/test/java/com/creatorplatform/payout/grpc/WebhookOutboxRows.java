package com.creatorplatform.payout.grpc;

/** The webhook outbox's events as rows, for tests that read what a change wrote (no relay runs). */
final class WebhookOutboxRows {

    /**
     * A FROM item with one row per event waiting: {@code brand_id}, {@code type}, {@code
     * data_json}.
     */
    static final String EVENTS =
            "(select (e ->> 'brandId')::uuid as brand_id, e ->> 'type' as type, e ->> 'data' as data_json"
                    + " from webhook_outbox_batch, json_array_elements(events::json) e) webhook_outbox";

    private WebhookOutboxRows() {}
}
