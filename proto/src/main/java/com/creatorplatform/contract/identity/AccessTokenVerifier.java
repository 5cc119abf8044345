package com.creatorplatform.contract.identity;

import io.grpc.Status;
import java.security.Key;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;

/**
 * Verifies a Keycloak access token on its own, with the realm's cached public keys: the signature
 * (RS256/ES256 only), the issuer (this realm), the expiry (with a stated clock skew, 30 s by
 * default) and the audience (the platform's, which only the platform's own clients put in their
 * tokens); then names the caller ({@link CallerClaims}). A token already verified is remembered
 * until it expires, so a request's calls verify the user's token once.
 */
public final class AccessTokenVerifier {

    private static final int REMEMBERED = 10_000;
    private static final JwtConsumer UNVERIFIED =
            new JwtConsumerBuilder()
                    .setSkipAllValidators()
                    .setDisableRequireSignature()
                    .setSkipSignatureVerification()
                    .build();

    private final String issuer;
    private final String audience;
    private final int clockSkewSeconds;
    private final SigningKeys keys;
    private final Map<Key, JwtConsumer> consumers = new ConcurrentHashMap<>();
    private final Map<String, Verification.Verified> remembered = new ConcurrentHashMap<>();

    AccessTokenVerifier(String issuer, String audience, Duration clockSkew, SigningKeys keys) {
        this.issuer = issuer;
        this.audience = audience;
        this.clockSkewSeconds = Math.toIntExact(clockSkew.toSeconds());
        this.keys = keys;
    }

    /** The outcome of verifying one token. */
    public sealed interface Verification {

        record Verified(CallerIdentity caller, long expiresAtMillis) implements Verification {}

        /**
         * UNAUTHENTICATED for a bad token, UNAVAILABLE when the keys to check it could not be read.
         */
        record Refused(Status status) implements Verification {}

        /** Signed by a key not (yet) known: verify again after {@link SigningKeys#refresh()}. */
        record UnknownKey(String keyId) implements Verification {}
    }

    /**
     * @param mayWaitForKeys whether an unknown key may be looked up (false on the second try, after
     *     the lookup)
     */
    public Verification verify(String token, boolean mayWaitForKeys) {
        Verification.Verified known = remembered.get(token);
        if (known != null && known.expiresAtMillis() > System.currentTimeMillis()) {
            return known;
        }
        JwtContext context;
        String keyId;
        try {
            context = UNVERIFIED.process(token);
            if (!issuer.equals(context.getJwtClaims().getIssuer())) {
                return refused(
                        "the access token was issued by another realm or server, not " + issuer);
            }
            JsonWebStructure signed = context.getJoseObjects().get(0);
            keyId = signed.getKeyIdHeaderValue();
        } catch (InvalidJwtException | MalformedClaimException notAJwt) {
            return refused("the bearer token is not a signed JWT");
        }
        if (keyId == null) {
            return refused("the access token names no signing key (kid)");
        }
        Key key = keys.key(keyId).orElse(null);
        if (key == null) {
            if (mayWaitForKeys) {
                return new Verification.UnknownKey(keyId);
            }
            return keys.loaded()
                    ? refused("the access token is signed by a key this realm does not publish")
                    : new Verification.Refused(
                            Status.UNAVAILABLE.withDescription(
                                    "the realm's signing keys could not be read"));
        }
        try {
            consumers.computeIfAbsent(key, this::consumer).processContext(context);
            var claims = context.getJwtClaims();
            var identified = CallerClaims.identify(claims.getClaimsMap());
            if (identified.caller().isEmpty()) {
                return refused(identified.refusal());
            }
            var verified =
                    new Verification.Verified(
                            identified.caller().get(),
                            claims.getExpirationTime().getValueInMillis());
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            remembered.put(token, verified);
            return verified;
        } catch (InvalidJwtException invalid) {
            return refused(why(invalid));
        } catch (MalformedClaimException malformed) {
            return refused("the access token's claims are malformed");
        }
    }

    private JwtConsumer consumer(Key key) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(clockSkewSeconds)
                .setExpectedIssuer(issuer)
                .setExpectedAudience(audience)
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .build();
    }

    private String why(InvalidJwtException invalid) {
        if (invalid.hasExpired()) {
            return "the access token has expired";
        }
        if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)
                || invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "the access token is not meant for this platform (audience "
                    + audience
                    + " missing)";
        }
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
            return "the access token's signature does not verify";
        }
        if (invalid.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
            return "the access token has no expiry";
        }
        if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID)
                || invalid.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
            return "the access token is not valid yet";
        }
        return "the access token is not valid";
    }

    private static Verification.Refused refused(String why) {
        return new Verification.Refused(Status.UNAUTHENTICATED.withDescription(why));
    }
}
