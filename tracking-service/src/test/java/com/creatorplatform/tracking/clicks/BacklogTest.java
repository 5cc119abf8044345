package com.creatorplatform.tracking.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BacklogTest {

    private final Backlog backlog = new Backlog(3, new AtomicInteger());
    private final List<String> answered = new ArrayList<>();

    private void click(String name) {
        backlog.add(() -> answered.add(name));
    }

    @Test
    void withinTheLimitEveryRedirectAnswersAtOnce() {
        click("a");
        click("b");
        click("c");

        assertEquals(List.of("a", "b", "c"), answered);
        assertEquals(3, backlog.size());
    }

    @Test
    void pastTheLimitRedirectsWaitUntilTheWriterTakesClicks_thenAnswerInTheirOrder() {
        List.of("a", "b", "c", "d", "e").forEach(this::click);
        assertEquals(List.of("a", "b", "c"), answered);
        assertEquals(2, backlog.held());

        backlog.taken(1); // 4 wait: still past the limit
        assertEquals(List.of("a", "b", "c"), answered);

        backlog.taken(1);
        assertEquals(List.of("a", "b", "c", "d", "e"), answered);
        assertEquals(3, backlog.size());
        assertEquals(0, backlog.held());
    }

    @Test
    void clicksGivenBackAfterAFailedWriteCountAgain_soTheNextRedirectWaits() {
        List.of("a", "b", "c").forEach(this::click);
        backlog.taken(3);
        backlog.returned(3);

        click("d");

        assertEquals(List.of("a", "b", "c"), answered);
        assertEquals(4, backlog.size());
    }
}
