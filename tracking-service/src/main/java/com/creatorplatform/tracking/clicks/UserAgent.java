package com.creatorplatform.tracking.clicks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A user agent as clicks carry it to the database: its text (null when the request sent none), its
 * id and whether it is a bot's. Clicks store the id, the text is stored once in table user_agent: a
 * browser's user agent is a hundred bytes that thousands of clicks repeat. The id is taken from the
 * text (the first 8 bytes of its SHA-256, as migration V10 computes it), so every instance names an
 * agent alike without asking the database. Clicks of the same browser share one ({@link
 * KnownAgents}).
 */
final class UserAgent {

    private final String text;
    private final long id;
    private final boolean bot;
    // Whether this process has stored the text already (ClickWriter); until then each batch with it
    // offers it.
    private volatile boolean stored;

    private UserAgent(String text, long id, boolean bot) {
        this.text = text;
        this.id = id;
        this.bot = bot;
    }

    static UserAgent of(String text, boolean bot) {
        return new UserAgent(text, text == null ? 0 : idOf(text), bot);
    }

    /** The text, or null when the request sent no user agent (and the click stores no id). */
    String text() {
        return text;
    }

    long id() {
        return id;
    }

    boolean bot() {
        return bot;
    }

    boolean stored() {
        return stored;
    }

    void markStored() {
        stored = true;
    }

    private static long idOf(String text) {
        try {
            return ByteBuffer.wrap(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)))
                    .getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
