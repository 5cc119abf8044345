package com.creatorplatform.tracking.click;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * New visitor ids: random (version 4) UUIDs that cannot be guessed, since whoever knows a visitor's
 * id could claim their clicks. UUID.randomUUID() draws from one generator behind one lock shared by
 * every thread; the redirect's threads each keep their own, and draw random bytes for many ids at
 * once (a generator call costs far more than the bytes it returns).
 */
final class VisitorIds {

    private static final int IDS_PER_DRAW = 256;
    private static final ThreadLocal<VisitorIds> PER_THREAD = ThreadLocal.withInitial(VisitorIds::new);

    private final SecureRandom random;
    private final ByteBuffer drawn = ByteBuffer.allocate(16 * IDS_PER_DRAW).position(16 * IDS_PER_DRAW);

    private VisitorIds() {
        SecureRandom generator;
        try {
            generator = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            generator = new SecureRandom();
        }
        random = generator;
    }

    static UUID next() {
        return PER_THREAD.get().take();
    }

    private UUID take() {
        if (!drawn.hasRemaining()) {
            random.nextBytes(drawn.array());
            drawn.clear();
        }
        long high = (drawn.getLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (drawn.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low);
    }
}
