package com.creatorplatform.tracking.orders;

/** PENDING → COMPLETED, PENDING → CANCELLED; a completed order may still be cancelled (voided). */
public enum OrderStatus {
    PENDING,
    COMPLETED,
    CANCELLED
}
