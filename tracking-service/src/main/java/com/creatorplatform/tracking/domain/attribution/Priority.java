package com.creatorplatform.tracking.domain.attribution;

/**
 * What an offer says when an order carries a discount code and the visitor also has a qualifying
 * click.
 */
public enum Priority {
    /** The code attributes the order, whatever the clicks (the default). */
    CODE_WINS,
    /** A qualifying click attributes the order; the code attributes it only when there is none. */
    LINK_WINS
}
