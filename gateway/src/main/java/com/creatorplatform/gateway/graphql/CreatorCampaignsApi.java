package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.client.TrackingClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.schema.Campaign;
import com.creatorplatform.gateway.schema.CreatorCampaign;
import com.creatorplatform.gateway.schema.Fetched;
import com.creatorplatform.gateway.schema.Me;
import com.creatorplatform.gateway.schema.Membership;
import com.creatorplatform.gateway.schema.MembershipStatus;
import com.creatorplatform.gateway.schema.Money;
import com.creatorplatform.gateway.schema.Offer;
import com.creatorplatform.gateway.schema.Period;
import com.creatorplatform.gateway.schema.Post;
import com.creatorplatform.gateway.schema.ReportTypes.DiscountCode;
import com.creatorplatform.gateway.schema.TrackingLink;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.gateway.security.ReadScope;
import com.creatorplatform.proto.campaign.v1.ListPostsRequest;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.creatorplatform.proto.tracking.v1.ListCreatorRecordsRequest;
import com.creatorplatform.proto.tracking.v1.ReportRow;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The creator app's whole view of their campaigns in one request: for each campaign, the offer in
 * effect, the creator's links and codes, their figures and their posts with theirs. As the brand's
 * dashboard does for a page of creators, the creator's memberships are read, then everything the
 * request selects for all of them in one round, one call per kind for all the campaigns of a
 * creator record (the offers excepted: campaign-service reads them one campaign at a time). The
 * figures are the dashboard's own ({@link LevelFigures}). Every read names only the token's own
 * creator records, which the services check again.
 */
@GraphQLApi
public class CreatorCampaignsApi {

    /** A creator's links, codes and posts are few; reading them stops after this many pages. */
    static final int MAX_PAGES = 10;

    private static final Set<MembershipStatus> WORKED_IN =
            EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.RETIRED);

    private final Caller caller;
    private final Context context;
    private final CampaignClient campaigns;
    private final TrackingClient tracking;
    private final LevelFigures figures;
    private final Clock clock;
    private final String redirectBase;

    CreatorCampaignsApi(
            Caller caller,
            Context context,
            CampaignClient campaigns,
            TrackingClient tracking,
            LevelFigures figures,
            Clock clock,
            @ConfigProperty(name = "platform.redirect-base-url") String redirectBase) {
        this.caller = caller;
        this.context = context;
        this.campaigns = campaigns;
        this.tracking = tracking;
        this.figures = figures;
        this.clock = clock;
        this.redirectBase = redirectBase;
    }

    @Description(
            "The creator's campaigns (memberships of the given statuses, by default ACTIVE and RETIRED; only "
                    + "`campaignIds` when given), newest membership first, each with the offer in effect, the "
                    + "creator's links and codes, their figures for `from`..`to` (inclusive UTC days; by default "
                    + "from the earliest start of these campaigns to today, at most a year) and their first "
                    + "`postsPerCampaign` posts (at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ") with theirs. The figures are those the brand's dashboard shows for the same days.")
    public Uni<@NonNull List<@NonNull CreatorCampaign>> campaignDetails(
            @Source Me me,
            LocalDate from,
            LocalDate to,
            List<String> campaignIds,
            List<MembershipStatus> statuses,
            @DefaultValue("20") int postsPerCampaign) {
        if (postsPerCampaign < 1 || postsPerCampaign > PageCursor.MAX_PAGE_SIZE) {
            throw new ApiGraphQLError.InvalidArgument(
                    "postsPerCampaign must be between 1 and "
                            + PageCursor.MAX_PAGE_SIZE
                            + ", got "
                            + postsPerCampaign);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // Both ends given: checked before anything is read; otherwise once the campaigns' dates
        // are known.
        Period asked = from != null && to != null ? Period.of(from, to, null, null, today) : null;
        Set<MembershipStatus> wanted =
                InputLists.present(statuses).isEmpty()
                        ? WORKED_IN
                        : EnumSet.copyOf(InputLists.present(statuses));
        Set<String> only = Set.copyOf(InputLists.present(campaignIds));
        DataFetchingFieldSelectionSet selected =
                context.unwrap(DataFetchingEnvironment.class).getSelectionSet();
        return CreatorSelfApi.allMemberships(campaigns, me.creatorIds())
                .flatMap(
                        all -> {
                            // One level per creator record and brand (a record has one brand).
                            Map<List<String>, List<Membership>> levels = new LinkedHashMap<>();
                            all.stream()
                                    .filter(m -> wanted.contains(m.status()))
                                    .filter(m -> only.isEmpty() || only.contains(m.campaignId()))
                                    .forEach(
                                            m ->
                                                    levels.computeIfAbsent(
                                                                    List.of(
                                                                            m.brandId(),
                                                                            m.creatorId()),
                                                                    key -> new ArrayList<>())
                                                            .add(m));
                            List<Uni<List<CreatorCampaign>>> reads = new ArrayList<>();
                            levels.values()
                                    .forEach(
                                            members ->
                                                    reads.add(
                                                            level(
                                                                    members.size() > Ids.MAX_BATCH
                                                                            ? members.subList(
                                                                                    0,
                                                                                    Ids.MAX_BATCH)
                                                                            : members,
                                                                    new Asked(
                                                                            from,
                                                                            to,
                                                                            asked,
                                                                            today,
                                                                            postsPerCampaign,
                                                                            selected))));
                            return Levels.concat(reads);
                        });
    }

    /** What the request asks of every level. */
    private record Asked(
            LocalDate from,
            LocalDate to,
            Period period,
            LocalDate today,
            int postsPerCampaign,
            DataFetchingFieldSelectionSet selected) {

        boolean wants(String path) {
            return selected.contains(path);
        }

        boolean wantsCommission(String performance) {
            return wants(performance + "/commission") || wants(performance + "/earningsPerClick");
        }

        /** The period asked for, or the default one over these campaigns' dates. */
        Period periodOver(List<Campaign> found) {
            if (period != null) {
                return period;
            }
            LocalDate start =
                    found.stream()
                            .map(Campaign::startsOn)
                            .filter(Objects::nonNull)
                            .min(LocalDate::compareTo)
                            .orElse(today);
            LocalDate end =
                    found.isEmpty() || found.stream().anyMatch(c -> c.endsOn() == null)
                            ? null
                            : found.stream()
                                    .map(Campaign::endsOn)
                                    .max(LocalDate::compareTo)
                                    .orElseThrow();
            return Period.of(from, to, start, end, today);
        }
    }

    /**
     * The campaigns of one creator record in one brand: the campaigns themselves (their dates set
     * the default period), and everything else the request selects in one round, one call per kind:
     * the figures as soon as the period is known.
     */
    private Uni<List<CreatorCampaign>> level(List<Membership> members, Asked asked) {
        String brandId = members.get(0).brandId();
        String creatorId = members.get(0).creatorId();
        List<String> campaignIds =
                List.copyOf(
                        new LinkedHashSet<>(members.stream().map(Membership::campaignId).toList()));
        Uni<Map<String, Campaign>> campaignsRead =
                campaigns
                        .campaigns(new ReadScope(brandId, creatorId), campaignIds)
                        .map(
                                found ->
                                        byKey(
                                                found.stream().map(Campaign::from).toList(),
                                                Campaign::id))
                        .memoize()
                        .indefinitely();
        Uni<Period> period =
                asked.period() != null
                        ? Uni.createFrom().item(asked.period())
                        : campaignsRead.map(found -> asked.periodOver(List.copyOf(found.values())));
        // Links and codes are listed alike: this creator in these campaigns.
        Function<PageRequest, ListCreatorRecordsRequest> records =
                page ->
                        ListCreatorRecordsRequest.newBuilder()
                                .setBrandId(brandId)
                                .setCreatorId(creatorId)
                                .addAllCampaignIds(campaignIds)
                                .setPage(page)
                                .build();
        var offers =
                Fetched.ifAsked(
                        asked.wants("offer"),
                        "the offers in effect",
                        () ->
                                campaigns
                                        .offersInEffect(
                                                new ReadScope(brandId, creatorId), campaignIds)
                                        .map(
                                                found ->
                                                        byKey(
                                                                found.stream()
                                                                        .map(Offer::from)
                                                                        .toList(),
                                                                Offer::campaignId)));
        var links =
                Fetched.ifAsked(
                        asked.wants("links") || asked.wants("posts/nodes/link"),
                        "the creator's links",
                        () ->
                                Pages.all(
                                                page -> tracking.creatorLinks(records.apply(page)),
                                                answer ->
                                                        answer.getLinksList().stream()
                                                                .map(
                                                                        link ->
                                                                                TrackingLink.from(
                                                                                        link,
                                                                                        redirectBase))
                                                                .toList(),
                                                answer -> answer.getPage().getNextCursor(),
                                                MAX_PAGES)
                                        .map(found -> byCampaign(found, TrackingLink::campaignId)));
        var codes =
                Fetched.ifAsked(
                        asked.wants("discountCodes"),
                        "the creator's discount codes",
                        () ->
                                Pages.all(
                                                page ->
                                                        tracking.creatorDiscountCodes(
                                                                records.apply(page)),
                                                answer ->
                                                        answer.getDiscountCodesList().stream()
                                                                .map(DiscountCode::from)
                                                                .toList(),
                                                answer -> answer.getPage().getNextCursor(),
                                                MAX_PAGES)
                                        .map(found -> byCampaign(found, DiscountCode::campaignId)));
        var posts =
                Fetched.ifAsked(
                        asked.wants("posts"),
                        "the creator's posts",
                        () ->
                                Pages.all(
                                                page ->
                                                        campaigns.listPosts(
                                                                ListPostsRequest.newBuilder()
                                                                        .setCreatorId(creatorId)
                                                                        .setPage(page)
                                                                        .build()),
                                                answer ->
                                                        answer.getPostsList().stream()
                                                                .map(Post::from)
                                                                .toList(),
                                                answer -> answer.getPageInfo().getNextCursor(),
                                                MAX_PAGES)
                                        .map(found -> byCampaign(found, Post::campaignId)));
        // The dashboard's figures, for these campaigns and this creator.
        Figures figuresOf =
                new Figures(
                        period.map(
                                days ->
                                        new LevelFigures.Scope(
                                                brandId, campaignIds, List.of(creatorId), days)),
                        asked);
        return Uni.combine()
                .all()
                .unis(
                        campaignsRead,
                        period,
                        offers,
                        links,
                        codes,
                        posts,
                        figuresOf.rows("performance", LevelFigures.Per.CAMPAIGN),
                        figuresOf.commissions("performance", LevelFigures.Per.CAMPAIGN),
                        figuresOf.rows("posts/nodes/performance", LevelFigures.Per.POST),
                        figuresOf.commissions("posts/nodes/performance", LevelFigures.Per.POST))
                .with(
                        answers -> {
                            var reads =
                                    new CreatorCampaign.Reads(
                                            cast(answers.get(0)),
                                            cast(answers.get(2)),
                                            cast(answers.get(3)),
                                            cast(answers.get(4)),
                                            cast(answers.get(6)),
                                            cast(answers.get(7)),
                                            cast(answers.get(5)),
                                            cast(answers.get(8)),
                                            cast(answers.get(9)),
                                            asked.postsPerCampaign());
                            Period days = (Period) answers.get(1);
                            return members.stream()
                                    .map(m -> new CreatorCampaign(m, days, reads))
                                    .toList();
                        });
    }

    /** A level's figures, read once its period is known, and only those the request selects. */
    private final class Figures {

        private final Uni<LevelFigures.Scope> scope;
        private final Asked asked;

        Figures(Uni<LevelFigures.Scope> scope, Asked asked) {
            this.scope = scope;
            this.asked = asked;
        }

        Uni<Fetched<Map<String, ReportRow>>> rows(String performance, LevelFigures.Per per) {
            return scope.flatMap(
                    level ->
                            Fetched.ifAsked(
                                    asked.wants(performance),
                                    "the report per " + per.name().toLowerCase(Locale.ROOT),
                                    () -> figures.rows(level, per)));
        }

        Uni<Fetched<Map<String, Money>>> commissions(String performance, LevelFigures.Per per) {
            return scope.flatMap(
                    level ->
                            Fetched.ifAsked(
                                    asked.wantsCommission(performance),
                                    "the commissions per " + per.name().toLowerCase(Locale.ROOT),
                                    () -> figures.commissions(level, per)));
        }
    }

    private static <T> Map<String, T> byKey(List<T> found, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        found.forEach(record -> byKey.putIfAbsent(key.apply(record), record));
        return byKey;
    }

    private static <T> Map<String, List<T>> byCampaign(
            List<T> found, Function<T, String> campaign) {
        Map<String, List<T>> byCampaign = new LinkedHashMap<>();
        found.forEach(
                record ->
                        byCampaign
                                .computeIfAbsent(campaign.apply(record), c -> new ArrayList<>())
                                .add(record));
        return byCampaign;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object answer) {
        return (T) answer;
    }
}
