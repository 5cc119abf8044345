package com.creatorplatform.tracking.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Context;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** A writer whose batches complete when the test says so. */
    private static final class Writer {
        final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        final List<CompletableFuture<Void>> commits = new CopyOnWriteArrayList<>();

        Uni<Void> write(List<GroupCommit.Item<Integer, String>> items) {
            batches.add(items.stream().map(i -> i.request).toList());
            var commit = new CompletableFuture<Void>();
            commits.add(commit);
            return Uni.createFrom()
                    .completionStage(commit)
                    .invoke(
                            () ->
                                    items.forEach(
                                            item -> {
                                                if (item.request < 0) {
                                                    item.fail(
                                                            new IllegalArgumentException(
                                                                    "negative " + item.request));
                                                } else if (item.request != 13) {
                                                    item.answer("stored " + item.request);
                                                }
                                            }));
        }
    }

    @Test
    void requestsQueuedWhileABatchIsWrittenGoTogetherInTheNext() throws Exception {
        var writer = new Writer();
        var lane = new GroupCommit<Integer, String>(3, writer::write);
        var answers = new ArrayList<CompletableFuture<String>>();
        for (int i = 1; i <= 5; i++) {
            answers.add(lane.submit(i).subscribeAsCompletionStage());
        }
        // The first went alone (nothing was being written); the others waited for it.
        assertEquals(List.of(List.of(1)), writer.batches);
        assertTrue(answers.stream().noneMatch(CompletableFuture::isDone));

        writer.commits.get(0).complete(null);
        assertEquals("stored 1", answers.get(0).get());
        assertEquals(List.of(List.of(1), List.of(2, 3, 4)), writer.batches);
        assertTrue(answers.subList(1, 5).stream().noneMatch(CompletableFuture::isDone));

        writer.commits.get(1).complete(null);
        writer.commits.get(2).complete(null);
        assertEquals(List.of(List.of(1), List.of(2, 3, 4), List.of(5)), writer.batches);
        assertEquals(
                List.of("stored 1", "stored 2", "stored 3", "stored 4", "stored 5"),
                answers.stream().map(CompletableFuture::join).toList());
    }

    @Test
    void aRequestRefusedAloneLeavesTheOthersOfItsBatchAnswered() throws Exception {
        var writer = new Writer();
        var lane = new GroupCommit<Integer, String>(10, writer::write);
        var blocker = lane.submit(0).subscribeAsCompletionStage();
        var refused = lane.submit(-1).subscribeAsCompletionStage();
        var stored = lane.submit(2).subscribeAsCompletionStage();
        var forgotten = lane.submit(13).subscribeAsCompletionStage();
        writer.commits.get(0).complete(null);
        writer.commits.get(1).complete(null);

        assertEquals("stored 0", blocker.get());
        assertEquals("stored 2", stored.get());
        var failure = assertThrows(ExecutionException.class, refused::get);
        assertEquals("negative -1", failure.getCause().getMessage());
        // A writer that leaves a request without an answer fails it rather than hang its caller.
        assertThrows(ExecutionException.class, forgotten::get);
    }

    @Test
    void aFailedBatchFailsItsRequestsAndTheNextBatchIsStillWritten() throws Exception {
        var writer = new Writer();
        var lane = new GroupCommit<Integer, String>(10, writer::write);
        var first = lane.submit(1).subscribeAsCompletionStage();
        var second = lane.submit(2).subscribeAsCompletionStage();
        writer.commits.get(0).completeExceptionally(new IllegalStateException("database down"));

        var failure = assertThrows(ExecutionException.class, first::get);
        assertEquals("database down", failure.getCause().getMessage());
        writer.commits.get(1).complete(null);
        assertEquals("stored 2", second.get());
    }

    @Test
    void aBatchRunsOutsideTheGrpcContextOfTheCallerThatStartedIt() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            var cancelledInBatch = new CompletableFuture<Boolean>();
            var lane =
                    new GroupCommit<Integer, String>(
                            10,
                            items -> {
                                cancelledInBatch.complete(Context.current().isCancelled());
                                items.forEach(item -> item.answer("stored " + item.request));
                                return Uni.createFrom().voidItem();
                            });
            var answer = new CompletableFuture<String>();
            VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext())
                    .runOnContext(
                            ignored -> {
                                // A gRPC call's context, cancelled as gRPC does when the call ends.
                                var call = Context.current().withCancellation();
                                call.cancel(null);
                                call.run(
                                        () ->
                                                lane.submit(7)
                                                        .subscribe()
                                                        .with(
                                                                answer::complete,
                                                                answer::completeExceptionally));
                            });
            assertEquals("stored 7", answer.get(10, TimeUnit.SECONDS));
            assertFalse(cancelledInBatch.get(), "the batch saw the caller's cancelled context");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
