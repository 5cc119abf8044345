package com.creatorplatform.tracking.domain.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The creators, campaigns, offers and time line the attribution tests are told in. */
final class AttributionFixtures {

    /** Day 0 of every story. */
    static final Instant DAY_0 = Instant.parse("2026-11-01T10:00:00Z");

    static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-00000000a11c");
    static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-000000000b0b");

    /** A creator whose email hash is unknown. */
    static final UUID CAROL = UUID.fromString("00000000-0000-0000-0000-0000000ca201");

    static final String ALICE_EMAIL_HASH = "hash-of-alice@example.com";
    static final String BOB_EMAIL_HASH = "hash-of-bob@example.com";
    static final String SHOPPER_EMAIL_HASH = "hash-of-shopper@example.com";

    /** No offer published: the defaults (30 days, code wins). */
    static final UUID NO_OFFER_CAMPAIGN = UUID.fromString("c0000000-0000-0000-0000-000000000000");

    /** 30 days, code wins. */
    static final UUID MONTH_CAMPAIGN = UUID.fromString("c0000000-0000-0000-0000-000000000030");

    static final UUID MONTH_OFFER = UUID.fromString("0f000000-0000-0000-0000-000000000030");

    /** 7 days, code wins. */
    static final UUID WEEK_CAMPAIGN = UUID.fromString("c0000000-0000-0000-0000-000000000007");

    static final UUID WEEK_OFFER = UUID.fromString("0f000000-0000-0000-0000-000000000007");

    /** 60 days, code wins. */
    static final UUID SEASON_CAMPAIGN = UUID.fromString("c0000000-0000-0000-0000-000000000060");

    static final UUID SEASON_OFFER = UUID.fromString("0f000000-0000-0000-0000-000000000060");

    /** 30 days, link wins. */
    static final UUID LINK_WINS_CAMPAIGN = UUID.fromString("c0000000-0000-0000-0000-00000000117c");

    static final UUID LINK_WINS_OFFER = UUID.fromString("0f000000-0000-0000-0000-00000000117c");

    private static final Map<UUID, OfferTerms> TERMS =
            Map.of(
                    MONTH_CAMPAIGN, new OfferTerms(MONTH_OFFER, 30, Priority.CODE_WINS),
                    WEEK_CAMPAIGN, new OfferTerms(WEEK_OFFER, 7, Priority.CODE_WINS),
                    SEASON_CAMPAIGN, new OfferTerms(SEASON_OFFER, 60, Priority.CODE_WINS),
                    LINK_WINS_CAMPAIGN, new OfferTerms(LINK_WINS_OFFER, 30, Priority.LINK_WINS));

    private static final Map<UUID, String> EMAIL_HASHES =
            Map.of(ALICE, ALICE_EMAIL_HASH, BOB, BOB_EMAIL_HASH);

    private AttributionFixtures() {}

    /**
     * The engine over the campaigns above; a campaign not listed has no offer and the terms
     * function answers null.
     */
    static AttributionEngine engine() {
        return new AttributionEngine(TERMS::get, EMAIL_HASHES::get);
    }

    static Instant day(long n) {
        return DAY_0.plus(Duration.ofDays(n));
    }

    static Instant day(long n, long plusSeconds) {
        return day(n).plusSeconds(plusSeconds);
    }

    /** A human click while the campaign was active. */
    static Click click(UUID creator, UUID campaign, Instant at) {
        return clickWhile(CampaignStatus.ACTIVE, creator, campaign, at);
    }

    /** A human click while the campaign had the given status. */
    static Click clickWhile(CampaignStatus status, UUID creator, UUID campaign, Instant at) {
        return new Click(
                UUID.randomUUID(),
                linkOf(creator, campaign),
                creator,
                campaign,
                null,
                null,
                at,
                false,
                status);
    }

    /** A human click on the link of a post on a platform. */
    static Click clickOnPost(UUID creator, UUID campaign, UUID post, String platform, Instant at) {
        return new Click(
                UUID.randomUUID(),
                linkOf(creator, campaign),
                creator,
                campaign,
                post,
                platform,
                at,
                false,
                CampaignStatus.ACTIVE);
    }

    static Click botClick(UUID creator, UUID campaign, Instant at) {
        return new Click(
                UUID.randomUUID(),
                linkOf(creator, campaign),
                creator,
                campaign,
                null,
                null,
                at,
                true,
                CampaignStatus.ACTIVE);
    }

    /** One link per creator and campaign, with a stable id so reasons can be checked. */
    static UUID linkOf(UUID creator, UUID campaign) {
        return UUID.nameUUIDFromBytes(
                (creator + "/" + campaign).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A code of an active campaign. */
    static CodeUse code(String code, UUID creator, UUID campaign) {
        return codeWhile(CampaignStatus.ACTIVE, code, creator, campaign);
    }

    /** A code whose campaign has the given status when the order is recorded. */
    static CodeUse codeWhile(CampaignStatus status, String code, UUID creator, UUID campaign) {
        return new CodeUse(code, creator, campaign, status);
    }

    static OrderBuilder orderAt(Instant at) {
        return new OrderBuilder(at);
    }

    /** An order of {@link #SHOPPER_EMAIL_HASH} unless told otherwise, without code or clicks. */
    static final class OrderBuilder {
        private final Instant at;
        private String customerHash = SHOPPER_EMAIL_HASH;
        private CodeUse code;
        private final List<Click> clicks = new ArrayList<>();

        private OrderBuilder(Instant at) {
            this.at = at;
        }

        OrderBuilder afterClicks(Click... visitorClicks) {
            clicks.addAll(Arrays.asList(visitorClicks));
            return this;
        }

        OrderBuilder withCode(CodeUse used) {
            this.code = used;
            return this;
        }

        OrderBuilder byCustomer(String hash) {
            this.customerHash = hash;
            return this;
        }

        Order build() {
            return new Order(at, customerHash, code, clicks);
        }

        Attribution attribute() {
            return engine().attribute(build());
        }
    }
}
