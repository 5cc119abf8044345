package com.creatorplatform.contract.identity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling a service, as its verified access token says ({@link CallerClaims}): a brand's
 * user (id: the brand id; a viewer may only read), a creator or a service account (id: its Keycloak
 * client; bound to one brand when its token carries a {@code brand_id}, else the platform's own
 * services, which may act for any brand).
 *
 * <p>A creator is one person with one login but one creator record per brand they work with, so the
 * caller is every one of them ({@code creators}; {@code id} is the first). Empty for others.
 */
public record CallerIdentity(
        Kind kind,
        String id,
        Optional<String> boundBrand,
        boolean readOnly,
        List<String> creators) {

    public enum Kind {
        BRAND,
        CREATOR,
        SERVICE;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CallerIdentity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(boundBrand, "boundBrand");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a caller identity needs an id");
        }
        creators = List.copyOf(creators);
        if ((kind == Kind.CREATOR) != !creators.isEmpty()
                || (kind == Kind.CREATOR && !creators.get(0).equals(id))) {
            throw new IllegalArgumentException("a creator, and only a creator, names its creators");
        }
    }

    /** A brand admin. */
    public static CallerIdentity brand(String brandId) {
        return new CallerIdentity(Kind.BRAND, brandId, Optional.empty(), false, List.of());
    }

    /** A brand viewer: reads only. */
    public static CallerIdentity brandViewer(String brandId) {
        return new CallerIdentity(Kind.BRAND, brandId, Optional.empty(), true, List.of());
    }

    public static CallerIdentity creator(String creatorId) {
        return creator(List.of(creatorId));
    }

    /** A creator working with several brands: one creator record each. */
    public static CallerIdentity creator(List<String> creatorIds) {
        if (creatorIds.isEmpty()) {
            throw new IllegalArgumentException("a creator caller needs a creator id");
        }
        return new CallerIdentity(
                Kind.CREATOR, creatorIds.get(0), Optional.empty(), false, creatorIds);
    }

    /** One of the platform's own services (or a platform-wide tool): may act for any brand. */
    public static CallerIdentity service(String clientId) {
        return new CallerIdentity(Kind.SERVICE, clientId, Optional.empty(), false, List.of());
    }

    /** A brand's own system (its order pipeline, its finance tool): acts for that brand only. */
    public static CallerIdentity brandService(String clientId, String brandId) {
        return new CallerIdentity(Kind.SERVICE, clientId, Optional.of(brandId), false, List.of());
    }

    /**
     * The one brand this caller may name, or empty when it is not held to one (creators, platform
     * services).
     */
    public Optional<String> brandScope() {
        return kind == Kind.BRAND ? Optional.of(id) : boundBrand;
    }

    /** E.g. "brand 0b7c…", "service order-pipeline (brand 0b7c…)", as refusals name the caller. */
    @Override
    public String toString() {
        String name =
                kind.wire()
                        + (readOnly ? " viewer " : " ")
                        + (kind == Kind.CREATOR ? String.join(", ", creators) : id);
        return boundBrand.map(brand -> name + " (brand " + brand + ")").orElse(name);
    }
}
