package com.creatorplatform.contract.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling a service, as its verified access token says ({@link CallerClaims}): a brand's
 * user (id: the brand id; a viewer may only read), a creator (id: the creator id) or a service
 * account (id: its Keycloak client; bound to one brand when its token carries a {@code brand_id},
 * else the platform's own services, which may act for any brand).
 */
public record CallerIdentity(Kind kind, String id, Optional<String> boundBrand, boolean readOnly) {

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
    }

    /** A brand admin. */
    public static CallerIdentity brand(String brandId) {
        return new CallerIdentity(Kind.BRAND, brandId, Optional.empty(), false);
    }

    /** A brand viewer: reads only. */
    public static CallerIdentity brandViewer(String brandId) {
        return new CallerIdentity(Kind.BRAND, brandId, Optional.empty(), true);
    }

    public static CallerIdentity creator(String creatorId) {
        return new CallerIdentity(Kind.CREATOR, creatorId, Optional.empty(), false);
    }

    /** One of the platform's own services (or a platform-wide tool): may act for any brand. */
    public static CallerIdentity service(String clientId) {
        return new CallerIdentity(Kind.SERVICE, clientId, Optional.empty(), false);
    }

    /** A brand's own system (its order pipeline, its finance tool): acts for that brand only. */
    public static CallerIdentity brandService(String clientId, String brandId) {
        return new CallerIdentity(Kind.SERVICE, clientId, Optional.of(brandId), false);
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
        String name = kind.wire() + (readOnly ? " viewer " : " ") + id;
        return boundBrand.map(brand -> name + " (brand " + brand + ")").orElse(name);
    }
}
