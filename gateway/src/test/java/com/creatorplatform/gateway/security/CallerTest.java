package com.creatorplatform.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.gateway.error.ApiGraphQLError;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The one place the gateway reads a creator's ids: today's token names one creator record, a
 * multi-brand creator's will name several under the same claim.
 */
class CallerTest {

    @Test
    void todaysSingleCreatorIdIsAListOfOne() {
        assertEquals(List.of("c-1"), creator("c-1").creatorIds());
    }

    @Test
    void aClaimListingSeveralCreatorRecordsGivesThemAllInOrderOnce() {
        var claim = Json.createArrayBuilder().add("c-1").add(" c-2 ").add("c-1").add("").build();

        assertEquals(List.of("c-1", "c-2"), creator(claim).creatorIds());
        assertEquals(List.of("c-1", "c-2"), Caller.idsOf(List.of("c-1", "c-2")));
    }

    @Test
    void aPagedListReadsTheOnlyRecordOrTheOneNamedAndNeverAnothers() {
        var one = creator("c-1");
        var two = creator(Json.createArrayBuilder().add("c-1").add("c-2").build());

        assertEquals("c-1", one.creatorToRead(null));
        assertEquals("c-2", two.creatorToRead("c-2"));
        var several =
                assertThrows(ApiGraphQLError.InvalidArgument.class, () -> two.creatorToRead(null));
        assertEquals(
                "this account has 2 creator records (c-1, c-2): name one with creatorId",
                several.getMessage());
        var foreign = assertThrows(ApiGraphQLError.Forbidden.class, () -> one.creatorToRead("c-9"));
        assertEquals("creator c-9 is not this account's", foreign.getMessage());
    }

    @Test
    void aBrandUserOrAnAccountWithoutCreatorIsNoCreator() {
        var brandUser = new Caller(identity("brand_admin"), token(Map.of("brand_id", "b-1")));
        var noRecord = new Caller(identity("creator"), token(Map.of()));

        assertEquals(
                "only a creator can do this",
                assertThrows(ApiGraphQLError.Forbidden.class, brandUser::creatorIds).getMessage());
        assertEquals(
                "this account belongs to no creator",
                assertThrows(ApiGraphQLError.Forbidden.class, noRecord::creatorIds).getMessage());
    }

    private static Caller creator(Object creatorIdClaim) {
        return new Caller(identity("creator"), token(Map.of("creator_id", creatorIdClaim)));
    }

    private static QuarkusSecurityIdentity identity(String role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("someone"))
                .addRole(role)
                .build();
    }

    private static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
