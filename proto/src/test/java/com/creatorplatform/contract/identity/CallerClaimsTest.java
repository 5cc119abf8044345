package com.creatorplatform.contract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who a verified token names, read from claims shaped as Keycloak issues them. */
class CallerClaimsTest {

    @Test
    void aBrandAdminActsForTheBrandOfItsClaim() {
        assertEquals(
                Optional.of(CallerIdentity.brand("b-1")),
                caller(claims(List.of("brand_admin"), "brand_id", "b-1")));
    }

    @Test
    void aBrandViewerOnlyReads() {
        var viewer = caller(claims(List.of("brand_viewer"), "brand_id", "b-1")).orElseThrow();
        assertEquals(CallerIdentity.brandViewer("b-1"), viewer);
        assertEquals(true, viewer.readOnly());
    }

    @Test
    void aCreatorIsTheCreatorOfItsClaim() {
        assertEquals(
                Optional.of(CallerIdentity.creator("c-1")),
                caller(claims(List.of("creator"), "creator_id", "c-1")));
    }

    @Test
    void aCreatorOfSeveralBrandsIsEveryCreatorRecordOfItsListClaim() {
        var claims = claims(List.of("creator"), "sub", "person-1");
        claims.put("creator_id", List.of("c-1", "c-2", "c-1"));
        var caller = caller(claims).orElseThrow();
        assertEquals(CallerIdentity.creator(List.of("c-1", "c-2")), caller);
        assertEquals("c-1", caller.id());

        claims.put("creator_id", List.of());
        assertEquals(
                "the creator's token carries no creator_id",
                CallerClaims.identify(claims).refusal());
    }

    @Test
    void aServiceAccountIsNamedByItsClientAndMayBeBoundToABrand() {
        var platform = claims(List.of("service"), "azp", "tracking-service");
        assertEquals(Optional.of(CallerIdentity.service("tracking-service")), caller(platform));
        assertEquals(Optional.empty(), CallerIdentity.service("tracking-service").brandScope());

        var pipeline = claims(List.of("service"), "azp", "order-pipeline");
        pipeline.put("brand_id", "b-1");
        assertEquals(
                Optional.of(CallerIdentity.brandService("order-pipeline", "b-1")),
                caller(pipeline));
        assertEquals(Optional.of("b-1"), caller(pipeline).orElseThrow().brandScope());
    }

    @Test
    void aBrandUserWithoutItsBrandClaimNamesNobody() {
        assertEquals(
                "the brand user's token carries no brand_id",
                CallerClaims.identify(claims(List.of("brand_admin"), "sub", "x")).refusal());
        assertEquals(
                "the creator's token carries no creator_id",
                CallerClaims.identify(claims(List.of("creator"), "creator_id", " ")).refusal());
    }

    @Test
    void aTokenWithoutAPlatformRoleNamesNobody() {
        assertEquals(
                "the token carries none of the platform's roles",
                CallerClaims.identify(
                                claims(
                                        List.of("offline_access", "uma_authorization"),
                                        "brand_id",
                                        "b-1"))
                        .refusal());
        assertEquals(
                "the token carries none of the platform's roles",
                CallerClaims.identify(Map.of("sub", "x")).refusal());
    }

    private static Optional<CallerIdentity> caller(Map<String, Object> claims) {
        return CallerClaims.identify(claims).caller();
    }

    private static Map<String, Object> claims(List<String> roles, String claim, String value) {
        var claims = new HashMap<String, Object>();
        claims.put("realm_access", Map.of("roles", roles));
        claims.put(claim, value);
        return claims;
    }
}
