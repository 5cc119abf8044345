package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import java.util.regex.Pattern;

/**
 * Paid content must say so: the caption carries #ad, #sponsored or #partner as a whole hashtag (any
 * case; "#adventure" or "#ads" do not count), or the platform's paid-partnership label is set.
 */
public final class Disclosure {

    private static final Pattern HASHTAG =
            Pattern.compile("(?iU)(?<![\\w#])#(ad|sponsored|partner)(?!\\w)");

    private Disclosure() {}

    public static boolean isDisclosed(String caption, boolean paidPartnership) {
        return paidPartnership || (caption != null && HASHTAG.matcher(caption).find());
    }

    public static void require(String caption, boolean paidPartnership) {
        if (!isDisclosed(caption, paidPartnership)) {
            throw ApiError.invalidArgument(
                    "the post is not disclosed as paid: its caption needs #ad, #sponsored or #partner,"
                            + " or the platform's paid-partnership label must be set");
        }
    }
}
