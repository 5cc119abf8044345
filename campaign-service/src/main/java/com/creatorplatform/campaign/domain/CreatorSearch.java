package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;

/**
 * Filters over a brand's creators; null (or zero followers) does not filter. The follower range
 * applies to the account on {@code platform}, or to any account when no platform is given.
 */
public record CreatorSearch(
        String niche, Platform platform, String country, long minFollowers, Long maxFollowers) {

    public static CreatorSearch of(
            String niche, Platform platform, String country, long minFollowers, Long maxFollowers) {
        if (minFollowers < 0) {
            throw ApiError.invalidArgument(
                    "min_followers must not be negative, got " + minFollowers);
        }
        if (maxFollowers != null && maxFollowers < minFollowers) {
            throw ApiError.invalidArgument(
                    "max_followers " + maxFollowers + " is below min_followers " + minFollowers);
        }
        return new CreatorSearch(
                niche == null || niche.isBlank() ? null : Creator.niche(niche),
                platform,
                country == null || country.isBlank() ? null : Creator.country(country),
                minFollowers,
                maxFollowers);
    }

    public boolean filtersAccounts() {
        return platform != null || minFollowers > 0 || maxFollowers != null;
    }
}
