package com.creatorplatform.payout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.payout.domain.ComputationPlan.Chunk;
import com.creatorplatform.payout.domain.ComputationPlan.Creator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComputationPlanTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    @Test
    void creatorsAreChunkedWholeByTheirEntries() {
        var chunks =
                ComputationPlan.chunks(
                        List.of(
                                new Creator(A, 3),
                                new Creator(B, 4),
                                new Creator(C, 9),
                                new Creator(D, 1)),
                        5);

        assertEquals(List.of(new Chunk(2, B), new Chunk(1, C), new Chunk(1, D)), chunks);
    }

    @Test
    void aCreatorWithMoreEntriesThanAChunkIsNotSplit() {
        assertEquals(
                List.of(new Chunk(1, A), new Chunk(1, B)),
                ComputationPlan.chunks(List.of(new Creator(A, 50), new Creator(B, 50)), 10));
    }

    @Test
    void nothingToPayIsOneEmptyChunkThatCompletesTheRun() {
        assertEquals(List.of(new Chunk(0, null)), ComputationPlan.chunks(List.of(), 10));
    }
}
