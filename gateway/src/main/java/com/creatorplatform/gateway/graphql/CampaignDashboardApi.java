package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.client.PayoutClient;
import com.creatorplatform.gateway.client.TrackingClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.schema.Campaign;
import com.creatorplatform.gateway.schema.CampaignCreator;
import com.creatorplatform.gateway.schema.CampaignCreatorConnection;
import com.creatorplatform.gateway.schema.Creator;
import com.creatorplatform.gateway.schema.CreatorPosts.CampaignPost;
import com.creatorplatform.gateway.schema.CreatorPosts;
import com.creatorplatform.gateway.schema.Fetched;
import com.creatorplatform.gateway.schema.Goal;
import com.creatorplatform.gateway.schema.GoalMetric;
import com.creatorplatform.gateway.schema.GoalProgress;
import com.creatorplatform.gateway.schema.Membership;
import com.creatorplatform.gateway.schema.Money;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.schema.Performance;
import com.creatorplatform.gateway.schema.Period;
import com.creatorplatform.gateway.schema.Post;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.campaign.v1.ListCampaignMembershipsRequest;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.ReportDimension;
import com.creatorplatform.proto.tracking.v1.ReportFilter;
import com.creatorplatform.proto.tracking.v1.ReportRow;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The brand dashboard in one request: a campaign's goals with their progress, its creators with their
 * figures and their posts with theirs. Every level is one batch resolver making one call per service
 * for all its sources, so the request costs the same number of calls for 10 creators as for 100. The
 * posts come with their figures and commissions, read in the same round as the posts themselves:
 * thousands of posts then cost no per-post resolver and no further round trip. A service that fails
 * costs only its own fields (null, with an error naming the service).
 */
@GraphQLApi
public class CampaignDashboardApi {

    private final Caller caller;
    private final CampaignClient campaigns;
    private final TrackingClient tracking;
    private final PayoutClient payouts;
    private final Clock clock;

    CampaignDashboardApi(Caller caller, CampaignClient campaigns, TrackingClient tracking, PayoutClient payouts, Clock clock) {
        this.caller = caller;
        this.campaigns = campaigns;
        this.tracking = tracking;
        this.payouts = payouts;
        this.clock = clock;
    }

    @Description("The campaign's creators (any membership status, newest first), each with figures for `from`..`to` "
            + "(inclusive UTC days; by default the campaign's days so far, at most a year) and their first "
            + "`postsPerCreator` posts. `first` and `postsPerCreator` are at most " + PageCursor.MAX_PAGE_SIZE + ". Brand users only.")
    public Uni<@NonNull CampaignCreatorConnection> creators(@Source Campaign campaign, @DefaultValue("20") int first, String after,
            LocalDate from, LocalDate to, @DefaultValue("20") int postsPerCreator) {
        if (!campaign.brandId().equals(caller.brandToRead())) {
            throw new ApiGraphQLError.Forbidden("only the campaign's brand can see its creators");
        }
        if (postsPerCreator < 1 || postsPerCreator > PageCursor.MAX_PAGE_SIZE) {
            throw new ApiGraphQLError.InvalidArgument("postsPerCreator must be between 1 and " + PageCursor.MAX_PAGE_SIZE
                    + ", got " + postsPerCreator);
        }
        Period period = Period.of(from, to, campaign.startsOn(), campaign.endsOn(), today());
        return campaigns.campaignMemberships(ListCampaignMembershipsRequest.newBuilder()
                        .setBrandId(campaign.brandId())
                        .setCampaignId(campaign.id())
                        .setPage(Pages.of(first, after))
                        .build())
                .map(page -> new CampaignCreatorConnection(page.getMembershipsList().stream()
                        .map(m -> new CampaignCreator(Membership.from(m), period, postsPerCreator)).toList(),
                        PageInfo.of(page.getPageInfo())));
    }

    @Description("The creator's profile (one batch read for the whole page).")
    public Uni<List<Creator>> creator(@Source List<CampaignCreator> creators) {
        return RelatedRecords.resolve(creators, CampaignCreator::brandId, CampaignCreator::creatorId,
                (brand, ids) -> campaigns.creators(brand, ids).map(found -> found.stream().map(Creator::from).toList()),
                Creator::id);
    }

    @Description("The creator's figures in this campaign for the period (one report and one read of commissions for "
            + "the whole page).")
    public Uni<List<Performance>> performance(@Source List<CampaignCreator> creators) {
        return Levels.perGroup(creators, c -> new Scope(c.brandId(), c.campaignId(), c.period()), (scope, members) -> {
            List<String> creatorIds = distinct(members.stream().map(CampaignCreator::creatorId).toList());
            return Uni.combine().all().unis(report(scope, creatorIds, ReportDimension.REPORT_DIMENSION_CREATOR),
                            commissions(scope, creatorIds, false))
                    .with((rows, commissions) -> members.stream().map(c -> Performance.from(rows.get(c.creatorId()), scope.period(),
                            commissions, c.creatorId())).toList());
        });
    }

    @Description("The creator's first posts in the campaign in scheduled order, each with its figures (one read of the "
            + "posts, one report and one read of commissions for the whole page, made together).")
    public Uni<List<CreatorPosts>> posts(@Source List<CampaignCreator> creators) {
        return Levels.perGroup(creators, c -> new PostsScope(new Scope(c.brandId(), c.campaignId(), c.period()), c.postsPerCreator()),
                (postsScope, members) -> {
                    Scope scope = postsScope.figures();
                    List<String> creatorIds = distinct(members.stream().map(CampaignCreator::creatorId).toList());
                    return Uni.combine().all().unis(
                                    campaigns.creatorPosts(scope.brandId(), scope.campaignId(), creatorIds, postsScope.limit()),
                                    Fetched.of(report(scope, creatorIds, ReportDimension.REPORT_DIMENSION_POST)),
                                    commissions(scope, creatorIds, true))
                            .with((found, rows, commissions) -> {
                                Map<String, CreatorPosts> byCreator = new HashMap<>();
                                found.forEach(c -> byCreator.put(c.getCreatorId(), new CreatorPosts(c.getPostsList().stream()
                                        .map(p -> new CampaignPost(Post.from(p), scope.period(), rows, commissions)).toList(),
                                        c.getTotal())));
                                return members.stream().map(c -> byCreator.get(c.creatorId())).toList();
                            });
                });
    }

    @Description("How far the goal is, from the tracking figures (one report for all goals asked); null for "
            + "PUBLISHED_POSTS, which the calendar shows.")
    public Uni<List<GoalProgress>> progress(@Source List<Goal> goals) {
        LocalDate today = today();
        return Levels.perGroup(goals, Goal::brandId, (brandId, members) -> {
            List<Goal> measured = members.stream().filter(g -> g.metric() != GoalMetric.PUBLISHED_POSTS).toList();
            if (measured.isEmpty()) {
                return Uni.createFrom().item(members.stream().map(g -> (GoalProgress) null).toList());
            }
            LocalDate last = measured.stream().map(g -> g.measuredPeriod(today).to()).max(LocalDate::compareTo).orElseThrow();
            LocalDate first = measured.stream().map(g -> g.measuredPeriod(today).from()).min(LocalDate::compareTo).orElseThrow();
            Period covered = Period.soFar(first, last, last);
            var filter = ReportFilter.newBuilder().setBrandId(brandId).setDates(covered.toProto())
                    .addAllCampaignIds(distinct(measured.stream().map(Goal::campaignId).toList()));
            return tracking.report(GetReportRequest.newBuilder().setFilter(filter)
                            .addGroupBy(ReportDimension.REPORT_DIMENSION_CAMPAIGN).addGroupBy(ReportDimension.REPORT_DIMENSION_DAY)
                            .build())
                    .map(rows -> members.stream().map(g -> g.metric() == GoalMetric.PUBLISHED_POSTS ? null
                            : progressOf(g, g.measuredPeriod(today), rows)).toList());
        });
    }

    /** What calls of one level share: the brand, campaign and period. */
    private record Scope(String brandId, String campaignId, Period period) {
    }

    private record PostsScope(Scope figures, int limit) {
    }

    /** The level's report rows by creator (or post) id. */
    private Uni<Map<String, ReportRow>> report(Scope scope, List<String> creatorIds, ReportDimension per) {
        return tracking.report(GetReportRequest.newBuilder()
                        .setFilter(ReportFilter.newBuilder().setBrandId(scope.brandId()).setDates(scope.period().toProto())
                                .addCampaignIds(scope.campaignId()).addAllCreatorIds(creatorIds))
                        .addGroupBy(per)
                        .build())
                .map(rows -> {
                    Map<String, ReportRow> byId = new HashMap<>();
                    rows.forEach(row -> byId.putIfAbsent(per == ReportDimension.REPORT_DIMENSION_POST ? row.getPostId() : row.getCreatorId(),
                            row));
                    return byId;
                });
    }

    /**
     * The level's commissions by creator (or post) id, or why payouts could not say: then only the
     * commission fields fail, not the figures tracking gave.
     */
    private Uni<Fetched<Map<String, Money>>> commissions(Scope scope, List<String> creatorIds, boolean perPost) {
        return Fetched.of(payouts.commissions(scope.brandId(), scope.campaignId(), creatorIds, scope.period().toProto(), perPost)
                .map(rows -> {
                    Map<String, Money> byId = new HashMap<>();
                    rows.forEach(row -> {
                        String id = perPost ? row.getPostId() : row.getCreatorId();
                        // A campaign pays in one currency; a second one (never expected) is not mixed in.
                        byId.putIfAbsent(id, Money.of(row.getAmount()));
                    });
                    return byId;
                }));
    }

    private static GoalProgress progressOf(Goal goal, Period period, List<ReportRow> rows) {
        long current = 0;
        for (ReportRow row : rows) {
            if (!row.getCampaignId().equals(goal.campaignId()) || !period.contains(LocalDate.parse(row.getDay()))) {
                continue;
            }
            current += switch (goal.metric()) {
                case REVENUE -> row.getOrders().getRevenue().getAmountMinor() - row.getRefunds().getRefunded().getAmountMinor();
                case ORDERS -> row.getOrders().getOrders();
                case CLICKS -> row.getTraffic().getClicks() - row.getTraffic().getBotClicks();
                case PUBLISHED_POSTS -> throw new IllegalArgumentException("published posts are not tracking figures");
            };
        }
        return GoalProgress.of(period, current, goal.target());
    }

    private static List<String> distinct(List<String> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
