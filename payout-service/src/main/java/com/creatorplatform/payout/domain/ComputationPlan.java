package com.creatorplatform.payout.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How a run's computation divides the creators it still has to pay into chunks, each written in one
 * transaction: whole creators (a creator's statements are never split), about {@code
 * entriesPerChunk} entries each, in the order given (the database's order of creator ids). The
 * computation reads the last chunk without an upper bound, so a creator whose first payable entry
 * appears while the run computes is paid by it too; nothing to pay is one empty chunk, which
 * completes the run.
 */
public final class ComputationPlan {

    /** A creator still to pay and how many entries the run reads for them. */
    public record Creator(UUID id, long entries) {}

    /**
     * The creators after the previous chunk's last creator up to {@code lastCreator} (null only for
     * an empty chunk).
     */
    public record Chunk(int creators, UUID lastCreator) {}

    private ComputationPlan() {}

    public static List<Chunk> chunks(List<Creator> creators, long entriesPerChunk) {
        if (entriesPerChunk < 1) {
            throw new IllegalArgumentException("entriesPerChunk must be positive");
        }
        if (creators.isEmpty()) {
            return List.of(new Chunk(0, null));
        }
        var chunks = new ArrayList<Chunk>();
        int inChunk = 0;
        long entries = 0;
        for (int i = 0; i < creators.size(); i++) {
            inChunk++;
            entries += creators.get(i).entries();
            if (entries >= entriesPerChunk || i == creators.size() - 1) {
                chunks.add(new Chunk(inChunk, creators.get(i).id()));
                inChunk = 0;
                entries = 0;
            }
        }
        return chunks;
    }
}
