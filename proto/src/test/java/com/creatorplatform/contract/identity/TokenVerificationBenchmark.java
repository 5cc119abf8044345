package com.creatorplatform.contract.identity;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What verifying a caller's token costs a service per call, with the keys cached: a token seen for
 * the first time (parse, RS256 signature, claims) and one already verified (a gRPC request's later
 * calls, and every call of a user's session), against the bare RS256 signature check of the JDK in
 * the same run. Not a test (the name keeps it out of Surefire's default run):
 * bench/token-verification.sh.
 */
@Tag("benchmark")
class TokenVerificationBenchmark {

    private static final String ISSUER = "http://keycloak.bench/realms/creator-platform";
    private static final int TOKENS = 5_000; // fewer than the verifier remembers

    @Test
    void verificationCostPerCall() throws Exception {
        RsaJsonWebKey key = LocalRealm.newKey("k1");
        try (var realm = new LocalRealm()) {
            realm.publish(key);
            var keys = new SigningKeys(realm.jwks(), HttpClient.newHttpClient(), System::nanoTime);
            keys.refresh().join();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < TOKENS; i++) {
                tokens.add(sign(key, i));
            }
            for (int round = 0; round < 3; round++) {
                var verifier =
                        new AccessTokenVerifier(
                                ISSUER, "creator-platform", Duration.ofSeconds(30), keys);
                long fresh = nanosPer(tokens, token -> verifier.verify(token, false));
                long remembered = nanosPer(tokens, token -> verifier.verify(token, false));
                long bare = nanosPer(tokens, token -> bareSignatureCheck(key, token));
                System.out.printf(
                        "TOKEN VERIFICATION round %d: first sight %.1f us, remembered %.2f us; bare RS256 check %.1f us "
                                + "(first sight / bare = %.2f)%n",
                        round, fresh / 1e3, remembered / 1e3, bare / 1e3, (double) fresh / bare);
            }
        }
    }

    private interface Check {
        Object run(String token) throws Exception;
    }

    private static long nanosPer(List<String> tokens, Check check) throws Exception {
        long sink = 0;
        long start = System.nanoTime();
        for (String token : tokens) {
            sink += check.run(token).hashCode();
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            System.out.print("");
        }
        return elapsed / tokens.size();
    }

    private static Boolean bareSignatureCheck(RsaJsonWebKey key, String token) throws Exception {
        int lastDot = token.lastIndexOf('.');
        var signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key.getPublicKey());
        signature.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    private static String sign(RsaJsonWebKey key, int i) throws Exception {
        var claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("creator-platform", "account");
        claims.setExpirationTimeMinutesInTheFuture(15);
        claims.setIssuedAtToNow();
        claims.setSubject("user-" + i);
        claims.setClaim("azp", "platform-web");
        claims.setClaim("brand_id", "b-" + i);
        claims.setClaim("realm_access", Map.of("roles", List.of("brand_admin", "offline_access")));
        return LocalRealm.sign(key, claims);
    }
}
