package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyScopeTest {

    @Test
    void scopesAreReadOnceEachAndMapToTheRealmRoles() {
        assertEquals(
                EnumSet.of(ApiKeyScope.READ, ApiKeyScope.WRITE),
                ApiKeyScope.parse(List.of(" Read", "write", "read")));
        assertEquals(Set.of(ApiKeyScope.ORDERS), ApiKeyScope.parse(List.of("orders")));
        assertEquals("brand_viewer", ApiKeyScope.READ.realmRole);
        assertEquals("brand_admin", ApiKeyScope.WRITE.realmRole);
        assertEquals("service", ApiKeyScope.ORDERS.realmRole);
    }

    @Test
    void noUnknownOrMixedOrdersScopeIsRefused() {
        for (var bad : List.of(List.<String>of(), List.of("admin"), List.of("orders", "read"))) {
            var refused = assertThrows(ApiError.class, () -> ApiKeyScope.parse(bad));
            assertTrue(refused.getMessage().contains("scope"), refused.getMessage());
        }
    }

    @Test
    void aKeyKeepsTheSecretsDigestAndPrefixNeverTheSecret() {
        var key =
                ApiKey.plan(
                        UUID.randomUUID(), " Shop sync ", Set.of(ApiKeyScope.READ), Instant.EPOCH);
        key.secretIs("abcdefghijkl");
        assertEquals("Shop sync", key.name);
        assertEquals("brand-key-" + key.id, key.clientId);
        assertEquals("abcdef", key.secretPrefix);
        assertArrayEquals(ApiKey.sha256("abcdefghijkl"), key.secretSha256);
        for (String name : List.of("", "  ", "x".repeat(ApiKey.MAX_NAME + 1))) {
            assertThrows(
                    ApiError.class,
                    () -> ApiKey.plan(UUID.randomUUID(), name, Set.of(), Instant.EPOCH));
        }
    }
}
