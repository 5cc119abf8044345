package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A creator's account on one platform; rates are basis points (350 = 3.50 %). */
@Embeddable
public class PlatformAccount {

    @Enumerated(EnumType.STRING)
    public Platform platform;

    public String handle;
    public long followers;

    @Column(name = "engagement_rate_basis_points")
    public int engagementRateBasisPoints;

    /** Null while the creator has no sales history with the platform. */
    @Column(name = "conversion_rate_basis_points")
    public Integer conversionRateBasisPoints;

    public static PlatformAccount of(
            Platform platform,
            String handle,
            long followers,
            int engagementRateBasisPoints,
            Integer conversionRateBasisPoints) {
        String field = "accounts[" + platform + "]";
        if (handle == null || handle.isBlank() || handle.length() > 100) {
            throw ApiError.invalidArgument(field + ".handle is required, at most 100 characters");
        }
        if (followers < 0) {
            throw ApiError.invalidArgument(
                    field + ".followers must not be negative, got " + followers);
        }
        var account = new PlatformAccount();
        account.platform = platform;
        account.handle = handle.trim();
        account.followers = followers;
        account.engagementRateBasisPoints =
                rate(field + ".engagement_rate_basis_points", engagementRateBasisPoints);
        account.conversionRateBasisPoints =
                conversionRateBasisPoints == null
                        ? null
                        : rate(field + ".conversion_rate_basis_points", conversionRateBasisPoints);
        return account;
    }

    private static int rate(String field, int basisPoints) {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw ApiError.invalidArgument(
                    field + " must be between 0 and 10000, got " + basisPoints);
        }
        return basisPoints;
    }
}
