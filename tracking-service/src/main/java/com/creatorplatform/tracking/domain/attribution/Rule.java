package com.creatorplatform.tracking.domain.attribution;

/** The SPEC rule that decided an order's attribution. */
public enum Rule {
    /** Rule 1: the brand's discount code the order carried. */
    DISCOUNT_CODE,
    /** Rule 2: the visitor's latest human click, with the order inside that click's window. */
    LAST_CLICK,
    /** Rule 3: neither; the order is unattributed. */
    NONE
}
