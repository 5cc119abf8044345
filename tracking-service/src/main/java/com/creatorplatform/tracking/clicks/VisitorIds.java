package com.creatorplatform.tracking.clicks;

import com.creatorplatform.contract.TimeOrderedUuid;
import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * New visitor ids: they cannot be guessed, since whoever knows a visitor's id could claim their
 * clicks, so 74 of their bits come from a DRBG. They are time-ordered ({@link TimeOrderedUuid}):
 * most clicks on a creator's link come from a new visitor, and the attribution index starts with
 * the visitor, so a random id put every new visitor's click on a random index page. The time of a
 * visitor's first click is no secret from whoever holds the cookie.
 *
 * <p>UUID.randomUUID() draws from one generator behind one lock shared by every thread; the
 * redirect's threads each keep their own, and draw random bytes for many ids at once (a generator
 * call costs far more than the bytes it returns).
 */
final class VisitorIds {

    private static final int IDS_PER_DRAW = 256;
    private static final ThreadLocal<VisitorIds> PER_THREAD =
            ThreadLocal.withInitial(VisitorIds::new);

    private final SecureRandom random;
    private final ByteBuffer drawn =
            ByteBuffer.allocate(16 * IDS_PER_DRAW).position(16 * IDS_PER_DRAW);

    private VisitorIds() {
        SecureRandom generator;
        try {
            generator = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            generator = new SecureRandom();
        }
        random = generator;
    }

    /** A new visitor's id, first seen at {@code epochMillis}. */
    static UUID next(long epochMillis) {
        return PER_THREAD.get().take(epochMillis);
    }

    private UUID take(long epochMillis) {
        if (!drawn.hasRemaining()) {
            random.nextBytes(drawn.array());
            drawn.clear();
        }
        return TimeOrderedUuid.of(epochMillis, drawn.getLong(), drawn.getLong());
    }
}
