package com.creatorplatform.campaign.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How well a creator suits a campaign, 0–100, built to favour creators whose audience buys over
 * creators who are merely large:
 *
 * <pre>
 * score = 100 × (0.35 conversion + 0.25 engagement + 0.20 nicheFit + 0.10 audienceCountry + 0.10 reach)
 *
 * conversion      = min(rate / 3 %, 1), rate = the follower-weighted past conversion rate of the
 *                   accounts considered; accounts with no history count at a prior of 1 % (a typical
 *                   creator), so a newcomer is neither favoured nor shut out
 * engagement      = min(rate / 6 %, 1), rate = the follower-weighted average engagement rate
 * nicheFit        = share of the campaign's target niches the creator covers (1 when it targets none)
 * audienceCountry = 1 when the creator's country is a target country (or none is targeted), else 0;
 *                   the creator's country stands for their audience's until audience data exists
 * reach           = min(log10(1 + followers) / 7, 1): 10 million followers is full reach, and the
 *                   log keeps size from drowning out quality
 * </pre>
 *
 * The accounts considered are those on the platform asked for, or all of them. Conversion and
 * engagement weigh 60 % together, reach 10 %: a 20k creator converting at 2.5 % outranks a 2M one
 * converting at 0.2 %.
 */
public record SelectionScore(
        double total,
        double conversion,
        double engagement,
        double nicheFit,
        double audienceCountry,
        double reach) {

    public record Ranked(Creator creator, SelectionScore score) {}

    static final int CONVERSION_PRIOR_BASIS_POINTS = 100;
    private static final double FULL_CONVERSION_BASIS_POINTS = 300;
    private static final double FULL_ENGAGEMENT_BASIS_POINTS = 600;
    private static final double FULL_REACH_LOG10 = 7;

    /**
     * The creator's score for the campaign, or null when they have no account on the platform
     * (null: any).
     */
    public static SelectionScore of(Creator creator, Campaign campaign, Platform platform) {
        List<PlatformAccount> accounts =
                creator.accounts.stream()
                        .filter(a -> platform == null || a.platform == platform)
                        .toList();
        if (accounts.isEmpty()) {
            return null;
        }
        long followers = accounts.stream().mapToLong(a -> a.followers).sum();
        double conversion =
                Math.min(weighted(accounts, followers, true) / FULL_CONVERSION_BASIS_POINTS, 1);
        double engagement =
                Math.min(weighted(accounts, followers, false) / FULL_ENGAGEMENT_BASIS_POINTS, 1);
        double nicheFit = nicheFit(Set.of(creator.niches), campaign.targetNiches);
        double country =
                campaign.targetCountries.length == 0
                                || List.of(campaign.targetCountries).contains(creator.country)
                        ? 1
                        : 0;
        double reach = Math.min(Math.log10(1 + followers) / FULL_REACH_LOG10, 1);
        double total =
                100
                        * (0.35 * conversion
                                + 0.25 * engagement
                                + 0.20 * nicheFit
                                + 0.10 * country
                                + 0.10 * reach);
        return new SelectionScore(total, conversion, engagement, nicheFit, country, reach);
    }

    /**
     * The best {@code limit} candidates, best first; equal scores in creator id order, so a ranking
     * repeats.
     */
    public static List<Ranked> rank(
            List<Creator> candidates, Campaign campaign, Platform platform, int limit) {
        return candidates.stream()
                .map(
                        creator -> {
                            var score = of(creator, campaign, platform);
                            return score == null ? null : new Ranked(creator, score);
                        })
                .filter(Objects::nonNull)
                .sorted(
                        Comparator.comparingDouble((Ranked r) -> -r.score().total())
                                .thenComparing(r -> r.creator().id))
                .limit(limit)
                .toList();
    }

    /**
     * Rates weighted by followers (plain average when nobody has followers yet), in basis points.
     */
    private static double weighted(
            List<PlatformAccount> accounts, long followers, boolean conversion) {
        double sum = 0;
        for (PlatformAccount account : accounts) {
            int rate =
                    conversion
                            ? (account.conversionRateBasisPoints == null
                                    ? CONVERSION_PRIOR_BASIS_POINTS
                                    : account.conversionRateBasisPoints)
                            : account.engagementRateBasisPoints;
            sum +=
                    rate
                            * (followers == 0
                                    ? 1.0 / accounts.size()
                                    : (double) account.followers / followers);
        }
        return sum;
    }

    private static double nicheFit(Set<String> creatorNiches, String[] targetNiches) {
        if (targetNiches.length == 0) {
            return 1;
        }
        long covered = List.of(targetNiches).stream().filter(creatorNiches::contains).count();
        return (double) covered / targetNiches.length;
    }
}
