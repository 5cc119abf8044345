package com.creatorplatform.contract.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a verified access token names, from its claims: the realm roles ({@code realm_access.roles})
 * decide the kind, {@code brand_id} / {@code creator_id} (one or a list) the tenant, {@code azp} a
 * service account's name. Roles, in the order they are read: {@code service} (a service account;
 * bound to a brand when the token has {@code brand_id}), {@code brand_admin}, {@code brand_viewer}
 * (reads only), {@code creator}. A token with none of them, or without the claim its role needs,
 * names nobody.
 */
public final class CallerClaims {

    public static final String SERVICE = "service";
    public static final String BRAND_ADMIN = "brand_admin";
    public static final String BRAND_VIEWER = "brand_viewer";
    public static final String CREATOR = "creator";

    private CallerClaims() {}

    /** The caller, or why the token names none (a refusal's reason). */
    public static Result identify(Map<String, Object> claims) {
        Collection<?> roles = roles(claims);
        if (roles.contains(SERVICE)) {
            Optional<String> client = text(claims, "azp");
            if (client.isEmpty()) {
                return Result.refused("the service account's token names no client (azp)");
            }
            return Result.of(
                    text(claims, "brand_id")
                            .map(brand -> CallerIdentity.brandService(client.get(), brand))
                            .orElseGet(() -> CallerIdentity.service(client.get())));
        }
        if (roles.contains(BRAND_ADMIN) || roles.contains(BRAND_VIEWER)) {
            return text(claims, "brand_id")
                    .map(
                            brand ->
                                    Result.of(
                                            roles.contains(BRAND_ADMIN)
                                                    ? CallerIdentity.brand(brand)
                                                    : CallerIdentity.brandViewer(brand)))
                    .orElseGet(() -> Result.refused("the brand user's token carries no brand_id"));
        }
        if (roles.contains(CREATOR)) {
            List<String> creators = texts(claims, "creator_id");
            return creators.isEmpty()
                    ? Result.refused("the creator's token carries no creator_id")
                    : Result.of(CallerIdentity.creator(creators));
        }
        return Result.refused("the token carries none of the platform's roles");
    }

    /** A caller, or the reason there is none. */
    public record Result(Optional<CallerIdentity> caller, String refusal) {

        static Result of(CallerIdentity caller) {
            return new Result(Optional.of(caller), null);
        }

        static Result refused(String why) {
            return new Result(Optional.empty(), why);
        }
    }

    private static Collection<?> roles(Map<String, Object> claims) {
        return claims.get("realm_access") instanceof Map<?, ?> access
                        && access.get("roles") instanceof Collection<?> roles
                ? roles
                : List.of();
    }

    /**
     * A claim that is one text or a list of them (a creator of several brands has one creator id
     * per brand; the realm's mapper is multivalued, so even one comes as a list).
     */
    private static List<String> texts(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        Collection<?> values =
                value instanceof Collection<?> many ? many : List.of(value == null ? "" : value);
        List<String> texts = new ArrayList<>();
        for (Object each : values) {
            if (each instanceof String text && !text.isBlank() && !texts.contains(text)) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static Optional<String> text(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String value && !value.isBlank()
                ? Optional.of(value)
                : Optional.empty();
    }
}
