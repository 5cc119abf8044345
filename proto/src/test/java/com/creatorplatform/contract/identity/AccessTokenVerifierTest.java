package com.creatorplatform.contract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.grpc.Status;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verifier against keys of its own, published as a JWKS document by a local HTTP server (the
 * realm's part in the services' real tests, which use Keycloak itself).
 */
class AccessTokenVerifierTest {

    private static final String ISSUER = "http://keycloak.test/realms/creator-platform";

    private LocalRealm realm;
    private RsaJsonWebKey key;
    private SigningKeys keys;
    private AccessTokenVerifier verifier;

    @BeforeEach
    void realm() throws Exception {
        realm = new LocalRealm();
        key = LocalRealm.newKey("k1");
        realm.publish(key);
        keys = new SigningKeys(realm.jwks(), HttpClient.newHttpClient(), System::nanoTime);
        verifier =
                new AccessTokenVerifier(ISSUER, "creator-platform", Duration.ofSeconds(30), keys);
    }

    @AfterEach
    void stop() {
        realm.close(); // again, where a test stopped it: that does nothing
    }

    @Test
    void aValidTokenNamesItsCallerOnceTheKeysAreRead() throws Exception {
        String token = sign(key, claims());

        assertEquals(
                new AccessTokenVerifier.Verification.UnknownKey("k1"),
                verifier.verify(token, true));
        keys.refresh().join();
        var verified =
                assertInstanceOf(
                        AccessTokenVerifier.Verification.Verified.class,
                        verifier.verify(token, false));
        assertEquals(CallerIdentity.brand("b-1"), verified.caller());
    }

    @Test
    void aVerifiedTokenIsRememberedUntilItExpires() throws Exception {
        keys.refresh().join();
        String token = sign(key, claims());
        var first = verifier.verify(token, true);

        realm.close(); // nothing is read again
        assertEquals(first, verifier.verify(token, true));
        assertEquals(1, realm.fetches());
    }

    @Test
    void expiredForeignAndTamperedTokensAreRefusedWithTheirReason() throws Exception {
        keys.refresh().join();
        var expired = claims();
        expired.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 60));
        var otherAudience = claims();
        otherAudience.setAudience("account");
        var otherRealm = claims();
        otherRealm.setIssuer("http://keycloak.test/realms/master");
        String valid = sign(key, claims());
        String[] parts = valid.split("\\.");
        String tampered =
                parts[0]
                        + "."
                        + parts[1].substring(0, parts[1].length() - 2)
                        + "AA"
                        + "."
                        + parts[2];

        assertRefused("the access token has expired", sign(key, expired));
        assertRefused(
                "the access token is not meant for this platform (audience creator-platform missing)",
                sign(key, otherAudience));
        assertRefused(
                "the access token was issued by another realm or server, not " + ISSUER,
                sign(key, otherRealm));
        assertRefused("the bearer token is not a signed JWT", "not.a.token");
        assertRefused(
                "the access token's signature does not verify",
                sign(LocalRealm.newKey("k1"), claims()));
        assertEquals(
                Status.Code.UNAUTHENTICATED,
                ((AccessTokenVerifier.Verification.Refused) verifier.verify(tampered, true))
                        .status()
                        .getCode());
    }

    @Test
    void aTokenWithoutAPlatformRoleIsRefused() throws Exception {
        keys.refresh().join();
        var claims = claims();
        claims.setClaim("realm_access", Map.of("roles", List.of("offline_access")));
        assertRefused("the token carries none of the platform's roles", sign(key, claims));
    }

    @Test
    void aRotatedKeyIsReadOnceAndAnInventedOneIsRefusedWithoutAskingAgainAtOnce() throws Exception {
        keys.refresh().join();
        RsaJsonWebKey rotated = LocalRealm.newKey("k2");
        realm.publish(key, rotated);
        String token = sign(rotated, claims());

        assertEquals(
                new AccessTokenVerifier.Verification.UnknownKey("k2"),
                verifier.verify(token, true));
        // The first fetch was under SigningKeys.MIN_INTERVAL ago: no new fetch yet, the key stays
        // unknown.
        keys.refresh().join();
        assertRefused("the access token is signed by a key this realm does not publish", token);
        assertEquals(1, realm.fetches());

        var later = new SigningKeys(realm.jwks(), HttpClient.newHttpClient(), System::nanoTime);
        later.refresh().join();
        var verified =
                new AccessTokenVerifier(ISSUER, "creator-platform", Duration.ofSeconds(30), later)
                        .verify(token, false);
        assertInstanceOf(AccessTokenVerifier.Verification.Verified.class, verified);
    }

    @Test
    void keysThatCannotBeReadMakeTheCallUnavailableNotUnauthenticated() throws Exception {
        realm.close();
        keys.refresh().join();
        var refused =
                assertInstanceOf(
                        AccessTokenVerifier.Verification.Refused.class,
                        verifier.verify(sign(key, claims()), false));
        assertEquals(Status.Code.UNAVAILABLE, refused.status().getCode());
    }

    private static String sign(RsaJsonWebKey key, JwtClaims claims) throws JoseException {
        return LocalRealm.sign(key, claims);
    }

    private void assertRefused(String why, String token) {
        var refused =
                assertInstanceOf(
                        AccessTokenVerifier.Verification.Refused.class,
                        verifier.verify(token, false),
                        why);
        assertEquals(Status.Code.UNAUTHENTICATED, refused.status().getCode());
        assertEquals(why, refused.status().getDescription());
    }

    private static JwtClaims claims() {
        var claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("creator-platform", "account");
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setIssuedAtToNow();
        claims.setClaim("azp", "platform-web");
        claims.setClaim("brand_id", "b-1");
        claims.setClaim("realm_access", Map.of("roles", List.of("brand_admin")));
        return claims;
    }
}
