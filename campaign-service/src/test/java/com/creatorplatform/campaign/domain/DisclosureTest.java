package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.ApiError;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    @Test
    void aWholeDisclosureHashtagInAnyCaseDiscloses() {
        assertTrue(Disclosure.isDisclosed("New trail shoes! #ad", false));
        assertTrue(Disclosure.isDisclosed("#Sponsored by Northwind", false));
        assertTrue(Disclosure.isDisclosed("Loving these (#PARTNER), link in bio", false));
    }

    @Test
    void hashtagsThatMerelyStartLikeOneDoNot() {
        assertFalse(Disclosure.isDisclosed("Weekend #adventure #ads #partnership", false));
        assertFalse(Disclosure.isDisclosed("email me at run#ad or ##ad", false));
        assertFalse(Disclosure.isDisclosed("just an ad, no hashtag", false));
        assertFalse(Disclosure.isDisclosed(null, false));
    }

    @Test
    void thePaidPartnershipLabelDisclosesWithoutAHashtag() {
        assertTrue(Disclosure.isDisclosed("New trail shoes!", true));
    }

    @Test
    void anUndisclosedPostIsRefusedSayingWhatIsNeeded() {
        var error =
                assertThrows(ApiError.class, () -> Disclosure.require("New trail shoes!", false));
        assertEquals(ApiError.Code.INVALID_ARGUMENT, error.code());
        assertEquals(
                "the post is not disclosed as paid: its caption needs #ad, #sponsored or #partner,"
                        + " or the platform's paid-partnership label must be set",
                error.getMessage());
    }
}
