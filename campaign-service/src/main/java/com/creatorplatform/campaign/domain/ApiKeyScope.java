package com.creatorplatform.campaign.domain;

import static com.creatorplatform.contract.identity.CallerClaims.BRAND_ADMIN;
import static com.creatorplatform.contract.identity.CallerClaims.BRAND_VIEWER;
import static com.creatorplatform.contract.identity.CallerClaims.SERVICE;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Echo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a brand API key may do, by the realm role its Keycloak client's service account holds (the
 * same roles people's tokens carry, so the gateway and the services need no rule of their own).
 */
public enum ApiKeyScope {
    /** Reads the brand's data, as a viewer. */
    READ(BRAND_VIEWER),
    /** Changes the brand's data, as an admin (which reads too). */
    WRITE(BRAND_ADMIN),
    /**
     * Reports orders to tracking-service as a service account bound to the brand (as the demo's
     * order-pipeline). A key of its own: a token naming the service role is read as a service
     * account first, so mixed with read it would act as more than a viewer.
     */
    ORDERS(SERVICE);

    public final String realmRole;

    ApiKeyScope(String realmRole) {
        this.realmRole = realmRole;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The named scopes, each once; none, an unknown one, or orders with another is refused. */
    public static Set<ApiKeyScope> parse(List<String> names) {
        if (names.isEmpty()) {
            throw ApiError.invalidArgument("scopes must name at least one of " + known());
        }
        Set<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
        for (String name : names) {
            String trimmed = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
            scopes.add(
                    Arrays.stream(values())
                            .filter(scope -> scope.wireName().equals(trimmed))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            ApiError.invalidArgument(
                                                    "scopes: '"
                                                            + Echo.of(name)
                                                            + "' is not a scope; known: "
                                                            + known())));
        }
        if (scopes.contains(ORDERS) && scopes.size() > 1) {
            throw ApiError.invalidArgument(
                    "scopes: orders is a key of its own (a service account); make another key to"
                            + " read or write");
        }
        return scopes;
    }

    private static String known() {
        return String.join(", ", Arrays.stream(values()).map(ApiKeyScope::wireName).toList());
    }
}
