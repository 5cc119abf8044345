package com.creatorplatform.gateway.http;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Automatic persisted queries (Apollo's protocol): a client sends a document's SHA-256 in {@code
 * extensions.persistedQuery} instead of the document, and the document with it once when the
 * gateway did not know it. The documents are kept here, per gateway instance, the least recently
 * used given up first beyond a number of documents or of characters (docs/adr/0045): a client whose
 * hash is not known (another instance, a restart, an eviction) is answered
 * PERSISTED_QUERY_NOT_FOUND and sends the document again.
 */
final class PersistedQueries {

    /** The message Apollo's clients (web, Kotlin, iOS) compare to send the document again. */
    static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final int maxDocuments;
    private final long maxCharacters;
    private final LinkedHashMap<String, String> documents = new LinkedHashMap<>(64, 0.75f, true);
    private long characters;

    PersistedQueries(int maxDocuments, long maxCharacters) {
        this.maxDocuments = maxDocuments;
        this.maxCharacters = maxCharacters;
    }

    /** Whether the request's extensions name a persisted query. */
    static boolean named(Object extensions) {
        Map<?, ?> members = map(extensions);
        return members != null && members.get("persistedQuery") != null;
    }

    /** The lowercase hash a request names (its extensions checked by {@link #problem}). */
    static String hash(Object extensions) {
        return String.valueOf(map(map(extensions).get("persistedQuery")).get("sha256Hash"))
                .toLowerCase(Locale.ROOT);
    }

    /**
     * What is wrong with a request's persisted query (its extensions and, when sent, its document),
     * or null.
     */
    static String problem(Object extensions, String document) {
        Map<?, ?> persisted = map(map(extensions).get("persistedQuery"));
        if (persisted == null) {
            return "extensions.persistedQuery must be an object {version: 1, sha256Hash}";
        }
        if (!(persisted.get("version") instanceof Number version) || version.doubleValue() != 1) {
            return "extensions.persistedQuery.version must be 1";
        }
        if (!(persisted.get("sha256Hash") instanceof String hash)
                || !SHA_256.matcher(hash).matches()) {
            return "extensions.persistedQuery.sha256Hash must be 64 hexadecimal digits";
        }
        if (document != null && !hash.equalsIgnoreCase(sha256(document))) {
            return "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query"
                    + " (of its UTF-8 bytes, in hexadecimal); the query was not stored";
        }
        return null;
    }

    /** A JSON object's members, as Vert.x gives them (a JsonObject or a map), or null. */
    private static Map<?, ?> map(Object value) {
        return value instanceof JsonObject object
                ? object.getMap()
                : value instanceof Map<?, ?> members ? members : null;
    }

    static String sha256(String document) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    /** The document stored under the hash, or null. */
    synchronized String find(String hash) {
        return documents.get(hash);
    }

    /**
     * Stores a document under its (verified) hash, giving up the least recently used beyond the
     * limits.
     */
    synchronized void store(String hash, String document) {
        if (document.length() > maxCharacters || maxDocuments == 0) {
            return;
        }
        String before = documents.put(hash, document);
        characters += document.length() - (before == null ? 0 : before.length());
        var eldest = documents.entrySet().iterator();
        while (documents.size() > maxDocuments || characters > maxCharacters) {
            characters -= eldest.next().getValue().length();
            eldest.remove();
        }
    }

    synchronized int size() {
        return documents.size();
    }
}
