package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;

/** Money as the caller gave it: integer minor units of an ISO currency. */
public record Amount(long minor, String currency) {

    /** The minor units, if the amount is not negative and in the expected currency. */
    public long requireIn(String field, String expectedCurrency) {
        if (minor < 0) {
            throw ApiError.invalidArgument(field + " must not be negative, got " + minor);
        }
        if (!expectedCurrency.equals(currency)) {
            throw ApiError.invalidArgument(field + " must be in the brand's currency " + expectedCurrency + ", got '" + currency + "'");
        }
        return minor;
    }
}
