package com.creatorplatform.tracking.domain.attribution;

/** Where an order ended up. Only {@link #ATTRIBUTED} earns commission. */
public enum Outcome {
    /** Credited to a creator, who earns commission once the order completes. */
    ATTRIBUTED,
    /**
     * Credited to a creator who is also the customer (same hashed email): recorded, never
     * commissioned.
     */
    SELF_REFERRAL,
    /** Credited to nobody; the attribution's reason says why. */
    UNATTRIBUTED
}
