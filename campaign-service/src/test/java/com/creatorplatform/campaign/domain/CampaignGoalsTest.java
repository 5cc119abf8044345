package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.ApiError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignGoalsTest {

    @Test
    void aCampaignHasAtMostOneGoalPerMetric() {
        var campaign = new Campaign();
        var revenue = Goal.of(GoalMetric.REVENUE, 1_000_000, null, null);

        var error =
                assertThrows(
                        ApiError.class,
                        () ->
                                campaign.replaceGoals(
                                        List.of(
                                                revenue,
                                                Goal.of(
                                                        GoalMetric.REVENUE,
                                                        2_000_000,
                                                        null,
                                                        null))));
        assertEquals("goals: more than one goal for REVENUE", error.getMessage());
        campaign.replaceGoals(
                List.of(revenue, Goal.of(GoalMetric.PUBLISHED_POSTS, 12, null, null)));
        assertEquals(2, campaign.goals.size());
    }

    @Test
    void aGoalAimsAboveZeroWithinATimeframeThatDoesNotEndBeforeItStarts() {
        assertEquals(
                "goal ORDERS: target must be positive, got 0",
                assertThrows(ApiError.class, () -> Goal.of(GoalMetric.ORDERS, 0, null, null))
                        .getMessage());
        assertEquals(
                "goal CLICKS: timeframe ends 2026-11-30 before it starts 2026-12-01",
                assertThrows(
                                ApiError.class,
                                () ->
                                        Goal.of(
                                                GoalMetric.CLICKS,
                                                10,
                                                LocalDate.parse("2026-12-01"),
                                                LocalDate.parse("2026-11-30")))
                        .getMessage());
    }
}
