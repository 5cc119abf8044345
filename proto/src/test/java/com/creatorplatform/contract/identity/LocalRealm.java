package com.creatorplatform.contract.identity;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A realm's signing side for the verifier's own tests: keys of its own, their JWKS document served
 * on loopback.
 */
final class LocalRealm implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<String> published = new AtomicReference<>("{\"keys\":[]}");
    private final AtomicInteger fetches = new AtomicInteger();

    LocalRealm() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/certs",
                exchange -> {
                    fetches.incrementAndGet();
                    byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
        server.start();
    }

    static RsaJsonWebKey newKey(String id) throws JoseException {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(id);
        key.setUse("sig");
        return key;
    }

    /** From now on the JWKS document lists these keys' public halves. */
    void publish(RsaJsonWebKey... keys) {
        published.set(
                new JsonWebKeySet(List.<JsonWebKey>of(keys))
                        .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    URI jwks() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs");
    }

    /** How often the JWKS document was read. */
    int fetches() {
        return fetches.get();
    }

    static String sign(RsaJsonWebKey key, JwtClaims claims) throws JoseException {
        var jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
