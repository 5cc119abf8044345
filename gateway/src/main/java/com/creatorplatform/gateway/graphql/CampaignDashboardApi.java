package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.client.TrackingClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.schema.Campaign;
import com.creatorplatform.gateway.schema.CampaignCreator;
import com.creatorplatform.gateway.schema.CampaignCreator.PageReads;
import com.creatorplatform.gateway.schema.CampaignCreatorConnection;
import com.creatorplatform.gateway.schema.Creator;
import com.creatorplatform.gateway.schema.CreatorPosts;
import com.creatorplatform.gateway.schema.CreatorPosts.CampaignPost;
import com.creatorplatform.gateway.schema.Fetched;
import com.creatorplatform.gateway.schema.Goal;
import com.creatorplatform.gateway.schema.GoalMetric;
import com.creatorplatform.gateway.schema.GoalProgress;
import com.creatorplatform.gateway.schema.Membership;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.schema.Period;
import com.creatorplatform.gateway.schema.Post;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.gateway.security.ReadScope;
import com.creatorplatform.proto.campaign.v1.GetPublishedPostCountsRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.PublishedPostsQuery;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.ReportDimension;
import com.creatorplatform.proto.tracking.v1.ReportFilter;
import com.creatorplatform.proto.tracking.v1.ReportRow;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The brand dashboard in one request: a campaign's goals with their progress, its creators with
 * their figures and their posts with theirs. The page of creators is read, then everything its
 * creators show (profiles, figures, commissions, posts with theirs) in one round: one call per kind
 * for the whole page, only the kinds the request selects, made together. So the request costs the
 * same number of calls for 10 creators as for 100, and thousands of posts cost no per-post
 * resolver. A service that fails costs only its own fields (null, with an error naming the
 * service).
 */
@GraphQLApi
public class CampaignDashboardApi {

    private final Caller caller;
    private final Context context;
    private final CampaignClient campaigns;
    private final TrackingClient tracking;
    private final LevelFigures figures;
    private final Clock clock;

    CampaignDashboardApi(
            Caller caller,
            Context context,
            CampaignClient campaigns,
            TrackingClient tracking,
            LevelFigures figures,
            Clock clock) {
        this.caller = caller;
        this.context = context;
        this.campaigns = campaigns;
        this.tracking = tracking;
        this.figures = figures;
        this.clock = clock;
    }

    @Description(
            "The campaign's creators (any membership status, newest first), each with figures for `from`..`to` "
                    + "(inclusive UTC days; by default the campaign's days so far, at most a year) and their first "
                    + "`postsPerCreator` posts. `first` and `postsPerCreator` are at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ". Brand users only.")
    public Uni<@NonNull CampaignCreatorConnection> creators(
            @Source Campaign campaign,
            @DefaultValue("20") int first,
            String after,
            LocalDate from,
            LocalDate to,
            @DefaultValue("20") int postsPerCreator) {
        if (!campaign.brandId().equals(caller.brandToRead())) {
            throw new ApiGraphQLError.Forbidden("only the campaign's brand can see its creators");
        }
        if (postsPerCreator < 1 || postsPerCreator > PageCursor.MAX_PAGE_SIZE) {
            throw new ApiGraphQLError.InvalidArgument(
                    "postsPerCreator must be between 1 and "
                            + PageCursor.MAX_PAGE_SIZE
                            + ", got "
                            + postsPerCreator);
        }
        Period period = Period.of(from, to, campaign.startsOn(), campaign.endsOn(), today());
        Scope scope = new Scope(campaign.brandId(), campaign.id(), period);
        DataFetchingFieldSelectionSet asked =
                context.unwrap(DataFetchingEnvironment.class).getSelectionSet();
        return campaigns
                .campaignMemberships(
                        ListCampaignMembershipsRequest.newBuilder()
                                .setBrandId(campaign.brandId())
                                .setCampaignId(campaign.id())
                                .setPage(Pages.of(first, after))
                                .build())
                .flatMap(
                        page -> {
                            List<Membership> members =
                                    page.getMembershipsList().stream()
                                            .map(Membership::from)
                                            .toList();
                            return pageReads(
                                            scope,
                                            distinct(
                                                    members.stream()
                                                            .map(Membership::creatorId)
                                                            .toList()),
                                            postsPerCreator,
                                            asked)
                                    .map(
                                            reads ->
                                                    new CampaignCreatorConnection(
                                                            members.stream()
                                                                    .map(
                                                                            m ->
                                                                                    new CampaignCreator(
                                                                                            m,
                                                                                            period,
                                                                                            reads))
                                                                    .toList(),
                                                            PageInfo.of(page.getPageInfo())));
                        });
    }

    /**
     * Everything the page's creators show, read in one round right after the memberships: the
     * profiles, the creators' report and commissions, the posts with their report and commissions.
     * One call each for the whole page, made together, and only those the request asks for.
     */
    private Uni<PageReads> pageReads(
            Scope scope,
            List<String> creatorIds,
            int postsPerCreator,
            DataFetchingFieldSelectionSet asked) {
        boolean any = !creatorIds.isEmpty();
        var creators =
                Fetched.ifAsked(
                        any && asked.contains("nodes/creator"),
                        "the creators' profiles",
                        () ->
                                campaigns
                                        .creators(ReadScope.brand(scope.brandId()), creatorIds)
                                        .map(
                                                found -> {
                                                    Map<String, Creator> byId = new HashMap<>();
                                                    found.forEach(
                                                            c ->
                                                                    byId.put(
                                                                            c.getId(),
                                                                            Creator.from(c)));
                                                    return byId;
                                                }));
        var rows =
                Fetched.ifAsked(
                        any && asked.contains("nodes/performance"),
                        "the creators' report",
                        () -> figures.rows(scope.of(creatorIds), LevelFigures.Per.CREATOR));
        var commissions =
                Fetched.ifAsked(
                        any && asksForCommission(asked, "nodes/performance"),
                        "the creators' commissions",
                        () -> figures.commissions(scope.of(creatorIds), LevelFigures.Per.CREATOR));
        var posts =
                Fetched.ifAsked(
                        any && asked.contains("nodes/posts"),
                        "the creators' posts",
                        () -> posts(scope, creatorIds, postsPerCreator, asked));
        return Uni.combine().all().unis(creators, rows, commissions, posts).with(PageReads::new);
    }

    /**
     * The creators' first posts, each with its figures: the posts, their report and commissions
     * read together.
     */
    private Uni<Map<String, CreatorPosts>> posts(
            Scope scope, List<String> creatorIds, int limit, DataFetchingFieldSelectionSet asked) {
        var rows =
                Fetched.ifAsked(
                        asked.contains("nodes/posts/nodes/performance"),
                        "the posts' report",
                        () -> figures.rows(scope.of(creatorIds), LevelFigures.Per.POST));
        var commissions =
                Fetched.ifAsked(
                        asksForCommission(asked, "nodes/posts/nodes/performance"),
                        "the posts' commissions",
                        () -> figures.commissions(scope.of(creatorIds), LevelFigures.Per.POST));
        var postFields =
                Post.wireFields(
                        asked.getFields("nodes/posts/nodes/post/*").stream()
                                .map(SelectedField::getName)
                                .toList());
        return Uni.combine()
                .all()
                .unis(
                        campaigns.creatorPosts(
                                scope.brandId(), scope.campaignId(), creatorIds, limit, postFields),
                        rows,
                        commissions)
                .with(
                        (found, postRows, postCommissions) -> {
                            Map<String, CreatorPosts> byCreator = new HashMap<>();
                            found.forEach(
                                    c ->
                                            byCreator.put(
                                                    c.getCreatorId(),
                                                    new CreatorPosts(
                                                            c.getPostsList().stream()
                                                                    .map(
                                                                            p ->
                                                                                    new CampaignPost(
                                                                                            Post
                                                                                                    .from(
                                                                                                            p),
                                                                                            scope
                                                                                                    .period(),
                                                                                            postRows,
                                                                                            postCommissions))
                                                                    .toList(),
                                                            c.getTotal())));
                            return byCreator;
                        });
    }

    private static boolean asksForCommission(
            DataFetchingFieldSelectionSet asked, String performance) {
        return asked.contains(performance + "/commission")
                || asked.contains(performance + "/earningsPerClick");
    }

    @Description(
            "How far the goal is, from the tracking figures and, for PUBLISHED_POSTS, the calendar: one "
                    + "report and one count of publications for all goals asked.")
    public Uni<List<GoalProgress>> progress(@Source List<Goal> goals) {
        LocalDate today = today();
        return Levels.perGroup(
                goals,
                Goal::brandId,
                (brandId, members) -> {
                    List<Goal> tracked =
                            members.stream()
                                    .filter(g -> g.metric() != GoalMetric.PUBLISHED_POSTS)
                                    .toList();
                    List<Goal> published =
                            members.stream()
                                    .filter(g -> g.metric() == GoalMetric.PUBLISHED_POSTS)
                                    .toList();
                    return Uni.combine()
                            .all()
                            .unis(
                                    trackedRows(brandId, tracked, today),
                                    publishedCounts(brandId, published, today))
                            .with(
                                    (rows, counts) -> {
                                        var nextCount = counts.iterator();
                                        List<GoalProgress> answers = new ArrayList<>();
                                        for (Goal g : members) {
                                            Period period = g.measuredPeriod(today);
                                            answers.add(
                                                    g.progress(
                                                            period,
                                                            g.metric() == GoalMetric.PUBLISHED_POSTS
                                                                    ? nextCount.next()
                                                                    : trackedSoFar(
                                                                            g, period, rows)));
                                        }
                                        return answers;
                                    });
                });
    }

    /** One report for the goals measured by tracking: per campaign and day over all their days. */
    private Uni<List<ReportRow>> trackedRows(String brandId, List<Goal> goals, LocalDate today) {
        if (goals.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        LocalDate last =
                goals.stream()
                        .map(g -> g.measuredPeriod(today).to())
                        .max(LocalDate::compareTo)
                        .orElseThrow();
        LocalDate first =
                goals.stream()
                        .map(g -> g.measuredPeriod(today).from())
                        .min(LocalDate::compareTo)
                        .orElseThrow();
        var filter =
                ReportFilter.newBuilder()
                        .setBrandId(brandId)
                        .setDates(Period.soFar(first, last, last).toProto())
                        .addAllCampaignIds(distinct(goals.stream().map(Goal::campaignId).toList()));
        return tracking.report(
                GetReportRequest.newBuilder()
                        .setFilter(filter)
                        .addGroupBy(ReportDimension.REPORT_DIMENSION_CAMPAIGN)
                        .addGroupBy(ReportDimension.REPORT_DIMENSION_DAY)
                        .build());
    }

    /** One count of publications for the PUBLISHED_POSTS goals, one per goal in order. */
    private Uni<List<Long>> publishedCounts(String brandId, List<Goal> goals, LocalDate today) {
        if (goals.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        var request = GetPublishedPostCountsRequest.newBuilder().setBrandId(brandId);
        goals.forEach(
                g ->
                        request.addQueries(
                                PublishedPostsQuery.newBuilder()
                                        .setCampaignId(g.campaignId())
                                        .setDates(g.measuredPeriod(today).toProto())));
        return campaigns.publishedPostCounts(request.build());
    }

    /** What calls of one level share: the brand, campaign and period. */
    private record Scope(String brandId, String campaignId, Period period) {

        /** The figures of these creators in the campaign. */
        LevelFigures.Scope of(List<String> creatorIds) {
            return new LevelFigures.Scope(brandId, List.of(campaignId), creatorIds, period);
        }
    }

    /**
     * A tracked goal's value over its period: only money in the campaign's currency (ADR 0050), and
     * traffic once per day (a report row per currency repeats it).
     */
    private static long trackedSoFar(Goal goal, Period period, List<ReportRow> rows) {
        long current = 0;
        Set<String> trafficDays = new HashSet<>();
        for (ReportRow row : rows) {
            if (!row.getCampaignId().equals(goal.campaignId())
                    || !period.contains(LocalDate.parse(row.getDay()))) {
                continue;
            }
            current +=
                    switch (goal.metric()) {
                        case REVENUE ->
                                minorIn(goal.currency(), row.getOrders().getRevenue())
                                        - minorIn(goal.currency(), row.getRefunds().getRefunded());
                        case ORDERS -> row.getOrders().getOrders();
                        case CLICKS ->
                                trafficDays.add(row.getDay())
                                        ? row.getTraffic().getClicks()
                                                - row.getTraffic().getBotClicks()
                                        : 0;
                        case PUBLISHED_POSTS ->
                                throw new IllegalArgumentException(
                                        "published posts are not tracking figures");
                    };
        }
        return current;
    }

    private static long minorIn(String currency, com.creatorplatform.proto.common.v1.Money money) {
        return money.getCurrency().equals(currency) ? money.getAmountMinor() : 0;
    }

    private static List<String> distinct(List<String> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
