package com.creatorplatform.tracking.domain.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decides who an order is credited to, by the SPEC's attribution rules, in this order:
 *
 * <ol>
 *   <li>A discount code of the brand attributes the order to the code's creator and campaign, under
 *       the offer terms of the code's campaign, unless those terms say {@link Priority#LINK_WINS}
 *       and a qualifying click exists: then that click (rule 2) wins.
 *   <li>Otherwise the visitor's latest human (non-bot) billable click at or before the order time
 *       is the touch, if the order falls within the attribution window counted from that click,
 *       with the window length of the click's own campaign. A later click restarts the window and
 *       moves the credit (last click wins).
 *   <li>Otherwise the order is unattributed, and the reason says why.
 *   <li>A credited creator whose hashed email is the customer's makes the order a {@link
 *       Outcome#SELF_REFERRAL}: recorded with its rule and touch, never commissioned.
 * </ol>
 *
 * <p>Decisions where the SPEC leaves room:
 *
 * <ul>
 *   <li><b>Latest click only.</b> Only the latest human click at or before the order is considered.
 *       If the order is past that click's window the order is unattributed; we never fall back to
 *       an older click, even one whose campaign has a longer window that would still cover the
 *       order (the SPEC says "the latest click", and a newer click always supersedes older ones).
 *   <li><b>Window.</b> {@code [click.at, click.at + N × 24 h]}, inclusive at both ends, compared on
 *       exact instants (UTC, no calendar days or daylight saving; sub-second precision counts, so
 *       an order one second, or one nanosecond, after the end is outside).
 *   <li><b>Time.</b> A click at exactly the order time counts; clicks after the order are ignored.
 *       Two human clicks at the same instant are ordered by click id, so the answer does not depend
 *       on the order of the list.
 *   <li><b>Bots.</b> Bot clicks are ignored entirely: they neither attribute nor restart a window,
 *       and they are never a qualifying click for {@link Priority#LINK_WINS}.
 *   <li><b>Paused or ended campaigns</b> "record nothing billable" (SPEC): a click made while its
 *       campaign was paused or ended is ignored like a bot click, so it neither earns nor takes the
 *       credit from an earlier click. A discount code whose campaign is paused or ended when the
 *       order is recorded is ignored too, and rules 2 and 3 decide. See {@link
 *       CampaignStatus#billable()}.
 *   <li><b>Qualifying click</b> (for {@link Priority#LINK_WINS}) means exactly the click rule 2
 *       would credit. Under {@link Priority#CODE_WINS} clicks are not looked at, nor their terms
 *       looked up.
 *   <li><b>Terms.</b> The terms function answers for the offer version in effect at the order's
 *       time; a null answer is taken as "no offer published", i.e. {@link OfferTerms#defaults()}.
 *   <li><b>Self-referral</b> compares hashes exactly; a missing (null or blank) customer or creator
 *       hash never matches.
 *   <li><b>Unattributed</b> orders carry no creator, touch, window or offer version: nobody was
 *       credited. What was looked at (e.g. the expired click, its window end, by how much the order
 *       missed it) is in the reason.
 * </ul>
 *
 * <p>Pure and thread-safe as long as the two functions are.
 */
public final class AttributionEngine {

    /** By time, then by click id; the maximum is the latest click. */
    private static final Comparator<Click> CHRONOLOGICAL =
            Comparator.comparing(Click::at).thenComparing(Click::clickId);

    private final Function<UUID, OfferTerms> termsByCampaign;
    private final Function<UUID, String> creatorEmailHash;

    /**
     * @param termsByCampaign the offer terms in effect at the order's time for a campaign id; may
     *     answer null for "no offer published"
     * @param creatorEmailHash a creator's hashed email by creator id; may answer null when unknown
     */
    public AttributionEngine(
            Function<UUID, OfferTerms> termsByCampaign, Function<UUID, String> creatorEmailHash) {
        Checks.required("termsByCampaign", termsByCampaign);
        Checks.required("creatorEmailHash", creatorEmailHash);
        this.termsByCampaign = termsByCampaign;
        this.creatorEmailHash = creatorEmailHash;
    }

    public Attribution attribute(Order order) {
        Checks.required("order", order);
        CodeUse code = order.code();
        Attribution credit;
        if (code == null) {
            credit = byClickOrNone(order, "no discount code");
        } else if (!code.campaignStatus().billable()) {
            credit =
                    byClickOrNone(
                            order,
                            describe(code)
                                    + " ignored, as its campaign is "
                                    + code.campaignStatus().name().toLowerCase(Locale.ROOT));
        } else {
            credit = byCodeOrLink(order);
        }
        return selfReferralChecked(credit, order);
    }

    // Rule 1.
    private Attribution byCodeOrLink(Order order) {
        CodeUse code = order.code();
        OfferTerms codeTerms = termsOf(code.campaignId());
        String codeCredit = describe(code);
        String why;
        if (codeTerms.priority() == Priority.LINK_WINS) {
            ClickVerdict verdict = judgeClicks(order);
            if (verdict instanceof Qualifying qualifying) {
                return lastClick(
                        qualifying,
                        ", which wins over discount code "
                                + code.code()
                                + " under the link-wins priority of "
                                + offerName(codeTerms));
            }
            why =
                    codeCredit
                            + ": "
                            + offerName(codeTerms)
                            + " lets a link win, but there is no qualifying click ("
                            + verdict.describe()
                            + ")";
        } else {
            why =
                    codeCredit
                            + ", which wins over any click under the code-wins priority of "
                            + offerName(codeTerms);
        }
        return new Attribution(
                Outcome.ATTRIBUTED,
                Rule.DISCOUNT_CODE,
                code.creatorId(),
                code.campaignId(),
                null,
                null,
                null,
                code.code(),
                null,
                null,
                codeTerms.offerVersionId(),
                why);
    }

    // Rules 2 and 3; noCode says why no discount code decided.
    private Attribution byClickOrNone(Order order, String noCode) {
        ClickVerdict verdict = judgeClicks(order);
        if (verdict instanceof Qualifying qualifying) {
            return lastClick(qualifying, order.code() == null ? "" : "; " + noCode);
        }
        return new Attribution(
                Outcome.UNATTRIBUTED,
                Rule.NONE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "unattributed: " + noCode + ", and " + verdict.describe());
    }

    private static String describe(CodeUse code) {
        return "discount code "
                + code.code()
                + " of creator "
                + code.creatorId()
                + " (campaign "
                + code.campaignId()
                + ")";
    }

    private Attribution lastClick(Qualifying q, String suffix) {
        Click c = q.click();
        String why =
                "last click "
                        + c.at()
                        + " on link "
                        + c.linkId()
                        + " of creator "
                        + c.creatorId()
                        + " (campaign "
                        + c.campaignId()
                        + ") within the "
                        + q.terms().attributionWindowDays()
                        + "-day window ending "
                        + q.windowEnd()
                        + suffix;
        return new Attribution(
                Outcome.ATTRIBUTED,
                Rule.LAST_CLICK,
                c.creatorId(),
                c.campaignId(),
                c.postId(),
                c.platform(),
                c.clickId(),
                null,
                c.at(),
                q.windowEnd(),
                q.terms().offerVersionId(),
                why);
    }

    // Rule 4.
    private Attribution selfReferralChecked(Attribution credit, Order order) {
        if (credit.outcome() != Outcome.ATTRIBUTED || isBlank(order.customerHash())) {
            return credit;
        }
        String creatorHash = creatorEmailHash.apply(credit.creatorId());
        if (isBlank(creatorHash) || !creatorHash.equals(order.customerHash())) {
            return credit;
        }
        return new Attribution(
                Outcome.SELF_REFERRAL,
                credit.rule(),
                credit.creatorId(),
                credit.campaignId(),
                credit.postId(),
                credit.platform(),
                credit.clickId(),
                credit.code(),
                credit.windowStart(),
                credit.windowEnd(),
                credit.offerVersionId(),
                "self-referral, recorded without commission: the customer is creator "
                        + credit.creatorId()
                        + " (same hashed email), credited by "
                        + credit.reason());
    }

    /**
     * Rule 2 on its own: the latest human billable click at or before the order, and whether the
     * order is in its window.
     */
    private ClickVerdict judgeClicks(Order order) {
        Instant orderAt = order.at();
        Optional<Click> latestCounting =
                order.visitorClicks().stream()
                        .filter(
                                c ->
                                        !c.bot()
                                                && c.campaignStatus().billable()
                                                && !c.at().isAfter(orderAt))
                        .max(CHRONOLOGICAL);
        if (latestCounting.isEmpty()) {
            var before =
                    order.visitorClicks().stream().filter(c -> !c.at().isAfter(orderAt)).toList();
            long bots = before.stream().filter(Click::bot).count();
            return new NoCountingClick(
                    order.visitorClicks().size(),
                    bots,
                    before.size() - bots,
                    order.visitorClicks().size() - before.size());
        }
        Click click = latestCounting.get();
        OfferTerms terms = termsOf(click.campaignId());
        Instant windowEnd = click.at().plus(Duration.ofDays(terms.attributionWindowDays()));
        if (orderAt.isAfter(windowEnd)) {
            return new Expired(click, terms, windowEnd, Duration.between(windowEnd, orderAt));
        }
        return new Qualifying(click, terms, windowEnd);
    }

    private OfferTerms termsOf(UUID campaignId) {
        OfferTerms terms = termsByCampaign.apply(campaignId);
        return terms != null ? terms : OfferTerms.defaults();
    }

    private static String offerName(OfferTerms terms) {
        return terms.offerVersionId() == null
                ? "the default terms (no offer published)"
                : "offer version " + terms.offerVersionId();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** "5d 3h 1s", "1s", or "less than a second". */
    static String humanDuration(Duration d) {
        var parts = new StringBuilder();
        append(parts, d.toDaysPart(), "d");
        append(parts, d.toHoursPart(), "h");
        append(parts, d.toMinutesPart(), "m");
        append(parts, d.toSecondsPart(), "s");
        return parts.length() == 0 ? "less than a second" : parts.toString();
    }

    private static void append(StringBuilder parts, long amount, String unit) {
        if (amount != 0) {
            if (parts.length() > 0) {
                parts.append(' ');
            }
            parts.append(amount).append(unit);
        }
    }

    /** What rule 2 found among the visitor's clicks. */
    private sealed interface ClickVerdict permits Qualifying, Expired, NoCountingClick {
        /** Why this verdict credits nobody (for the reasons of rules 1 and 3). */
        String describe();
    }

    private record Qualifying(Click click, OfferTerms terms, Instant windowEnd)
            implements ClickVerdict {
        @Override
        public String describe() {
            return "the last click " + click.at() + " qualifies";
        }
    }

    private record Expired(Click click, OfferTerms terms, Instant windowEnd, Duration overBy)
            implements ClickVerdict {
        @Override
        public String describe() {
            return "the latest click "
                    + click.at()
                    + " on link "
                    + click.linkId()
                    + " of creator "
                    + click.creatorId()
                    + " is "
                    + humanDuration(overBy)
                    + " past its "
                    + terms.attributionWindowDays()
                    + "-day window, which ended "
                    + windowEnd;
        }
    }

    /**
     * No human billable click at or before the order: those before it were bots, or made while
     * their campaign was paused or ended, and any others came after the order.
     */
    private record NoCountingClick(
            long clicks, long botClicksBefore, long unbillableClicksBefore, long clicksAfter)
            implements ClickVerdict {
        @Override
        public String describe() {
            if (clicks == 0) {
                return "no click of the visitor";
            }
            var ignored = new ArrayList<String>();
            if (botClicksBefore > 0) {
                ignored.add("bot clicks (" + botClicksBefore + ")");
            }
            if (unbillableClicksBefore > 0) {
                ignored.add(
                        "clicks while their campaign was paused or ended ("
                                + unbillableClicksBefore
                                + ")");
            }
            if (ignored.isEmpty()) {
                return "the visitor's clicks ("
                        + clicksAfter
                        + ") came after the order and were ignored";
            }
            String before =
                    "only "
                            + String.join(" and ", ignored)
                            + " at or before the order, which never attribute";
            return clicksAfter == 0
                    ? before
                    : before
                            + ", and clicks after the order ("
                            + clicksAfter
                            + "), which were ignored";
        }
    }
}
