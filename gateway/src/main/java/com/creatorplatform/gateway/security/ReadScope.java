package com.creatorplatform.gateway.security;

/**
 * Whose view a batch read of related records is for: a brand's (every record of the brand), or one
 * creator record's in that brand (only what that creator may see: campaigns they are a member of,
 * their own profile). campaign-service refuses a creator's read that names no creator record.
 */
public record ReadScope(String brandId, String creatorId) {

    /** The brand's whole view. */
    public static ReadScope brand(String brandId) {
        return new ReadScope(brandId, "");
    }
}
