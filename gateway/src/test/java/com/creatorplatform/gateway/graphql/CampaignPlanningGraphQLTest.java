package com.creatorplatform.gateway.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.GrpcCallCounter;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.Tenants;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Campaign planning through the gateway, as its users do it: a brand admin plans a campaign (goals,
 * audience, cadence, offer), ranks and invites creators and builds the content calendar; a creator
 * onboarded by accepting an invitation signs in and works their own slice. Real Keycloak tokens,
 * real services, real PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignPlanningGraphQLTest {

    static final String CAMPAIGN_FIELDS =
            "id name status goals { metric target { count money { amount currency } } from to } "
                    + "targetNiches targetCountries "
                    + "maxPostsPerCreatorPerWeek";
    static final String CREATE_CAMPAIGN =
            "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }";
    static final String CHANGE_STATUS =
            "mutation($input: ChangeCampaignStatusInput!) { changeCampaignStatus(input: $input) "
                    + "{ campaign { "
                    + CAMPAIGN_FIELDS
                    + " } } }";
    static final String SET_GOALS =
            "mutation($input: SetCampaignGoalsInput!) { setCampaignGoals(input: $input) "
                    + "{ campaign { "
                    + CAMPAIGN_FIELDS
                    + " } } }";
    static final String SET_AUDIENCE =
            "mutation($input: SetCampaignAudienceInput!) { setCampaignAudience(input: $input) "
                    + "{ campaign { "
                    + CAMPAIGN_FIELDS
                    + " } } }";
    static final String SET_CADENCE =
            "mutation($input: SetCampaignCadenceInput!) { setCampaignCadence(input: $input) "
                    + "{ campaign { "
                    + CAMPAIGN_FIELDS
                    + " } } }";
    static final String PUBLISH_OFFER =
            """
            mutation($input: PublishOfferInput!) { publishOffer(input: $input) { offer { id campaignId effectiveFrom
              plan { basis rateBasisPoints tierMode tiers { fromMinor rateBasisPoints } bonuses { thresholdMinor amount { amount currency } } }
              audienceDiscountPercent attributionWindowDays holdDays priority } } }""";
    static final String OFFER_VERSIONS =
            "query($id: ID!) { offerVersions(campaignId: $id, first: 10) { nodes { id holdDays } "
                    + "pageInfo { hasNextPage } } }";
    static final String CREATE_CREATOR =
            "mutation($input: CreateCreatorInput!) { createCreator(input: $input) "
                    + "{ creator { id name email country niches accounts { platform handle followers engagementRateBasisPoints "
                    + "conversionRateBasisPoints } } } }";
    static final String CREATORS = "query($ids: [String!]!) { creators(ids: $ids) { id name } }";
    static final String SEARCH =
            "query($niche: String, $after: String) { searchCreators(niche: $niche, first: 1, after: $after) "
                    + "{ nodes { id } pageInfo { hasNextPage endCursor } } }";
    static final String RANK =
            "query($id: ID!) { rankCandidates(campaignId: $id) { score creator { id name } "
                    + "breakdown { conversion engagement nicheFit audienceCountry reach } } }";
    static final String SHORTLIST =
            "mutation($input: ShortlistCreatorInput!) { shortlistCreator(input: $input) "
                    + "{ membership { id status creatorId } } }";
    static final String INVITE =
            "mutation($input: InviteCreatorInput!) { inviteCreator(input: $input) "
                    + "{ membership { id status invitationMessage invitedAt } } }";
    static final String RETIRE =
            "mutation($input: RetireMembershipInput!) { retireMembership(input: $input) "
                    + "{ membership { id status retireReason retiredAt } } }";
    static final String MEMBERSHIPS =
            "query($id: ID!) { campaignMemberships(campaignId: $id, first: 10) "
                    + "{ nodes { id status creator { id name } campaign { id name } } pageInfo { hasNextPage } } }";
    static final String SCHEDULE =
            "mutation($input: SchedulePostInput!) { schedulePost(input: $input) "
                    + "{ post { id status scheduledAt brief platform format } } }";
    static final String POSTS =
            """
            query($campaignId: ID, $creatorId: ID, $from: DateTime, $to: DateTime, $first: Int!, $after: String) {
              posts(campaignId: $campaignId, creatorId: $creatorId, scheduledFrom: $from, scheduledTo: $to, first: $first, after: $after) {
                nodes { id status creator { name } campaign { name } } pageInfo { hasNextPage endCursor } } }""";
    static final String APPROVE =
            "mutation($input: ApprovePostInput!) { approvePost(input: $input) { post { id status } } }";
    static final String REQUEST_CHANGES =
            "mutation($input: RequestPostChangesInput!) { requestPostChanges(input: $input) "
                    + "{ post { id status feedback } } }";
    static final String ME =
            """
            { me { creatorId invitations { id status invitationMessage campaign { id name } }
                   memberships(first: 10) { nodes { id status } }
                   campaigns { id name }
                   posts(first: 10) { nodes { id status brief caption feedback campaign { name } } pageInfo { hasNextPage } } } }""";
    static final String ACCEPT =
            "mutation($id: ID!) { acceptInvitation(input: { membershipId: $id }) { membership { id status acceptedAt } } }";
    static final String DECLINE =
            "mutation($id: ID!) { declineInvitation(input: { membershipId: $id }) { membership { id status } } }";
    static final String SUBMIT =
            "mutation($input: SubmitPostInput!) { submitPost(input: $input) { post { id status caption } } }";
    static final String PUBLISH_POST =
            "mutation($input: PublishPostInput!) { publishPost(input: $input) "
                    + "{ post { id status caption publishedUrl publishedAt } } }";

    Tenants brand;
    Tenants otherBrand;

    @BeforeAll
    void tenants() {
        brand = Tenants.newBrand();
        otherBrand = Tenants.newBrand();
    }

    // ---------------------------------------------------------------------------------------------
    // The whole flow
    // ---------------------------------------------------------------------------------------------

    @Test
    void aBrandAdminPlansACampaignRanksAndInvitesCreatorsAndACreatorJoinsAndWorksTheCalendar() {
        // A brand of its own: its roster holds exactly the creators made here, so ranking and
        // search are exact.
        Tenants brand = Tenants.newBrand();
        String admin = brand.adminToken();
        // The campaign: goals, audience, cadence, live, and an offer with tiers and a bonus.
        String campaignId = activeCampaign(brand, "Spring run");
        var goals =
                GraphQL.ok(
                        admin,
                        SET_GOALS,
                        input(
                                Map.of(
                                        "campaignId",
                                        campaignId,
                                        "goals",
                                        List.of(
                                                Map.of(
                                                        "metric",
                                                        "REVENUE",
                                                        "target",
                                                        Map.of(
                                                                "money",
                                                                Map.of(
                                                                        "amountMinor",
                                                                        500000,
                                                                        "currency",
                                                                        "EUR"))),
                                                Map.of(
                                                        "metric",
                                                        "PUBLISHED_POSTS",
                                                        "target",
                                                        Map.of("count", 12),
                                                        "from",
                                                        "2026-12-01",
                                                        "to",
                                                        "2027-02-28")))));
        assertEquals(
                List.of("REVENUE", "PUBLISHED_POSTS"),
                goals.getList("data.setCampaignGoals.campaign.goals.metric"));
        assertEquals("2027-02-28", goals.getString("data.setCampaignGoals.campaign.goals[1].to"));
        assertEquals(
                Map.of("amount", "5000.00", "currency", "EUR"),
                goals.getMap("data.setCampaignGoals.campaign.goals[0].target.money"));
        assertEquals(12, goals.getInt("data.setCampaignGoals.campaign.goals[1].target.count"));
        var audience =
                GraphQL.ok(
                        admin,
                        SET_AUDIENCE,
                        input(
                                Map.of(
                                        "campaignId",
                                        campaignId,
                                        "targetNiches",
                                        List.of("running"),
                                        "targetCountries",
                                        List.of("DE"))));
        assertEquals(
                List.of("running"),
                audience.getList("data.setCampaignAudience.campaign.targetNiches"));
        var cadence =
                GraphQL.ok(
                        admin,
                        SET_CADENCE,
                        input(Map.of("campaignId", campaignId, "maxPostsPerCreatorPerWeek", 2)));
        assertEquals(
                2, cadence.getInt("data.setCampaignCadence.campaign.maxPostsPerCreatorPerWeek"));

        var offer =
                GraphQL.ok(
                        admin,
                        PUBLISH_OFFER,
                        input(
                                offerInput(
                                        campaignId,
                                        List.of(
                                                Map.of("fromMinor", 0, "rateBasisPoints", 1000),
                                                Map.of(
                                                        "fromMinor",
                                                        100000,
                                                        "rateBasisPoints",
                                                        1500)))));
        assertEquals("MARGINAL", offer.getString("data.publishOffer.offer.plan.tierMode"));
        assertEquals(
                List.of(0, 100000), offer.getList("data.publishOffer.offer.plan.tiers.fromMinor"));
        assertEquals(
                "50.00", offer.getString("data.publishOffer.offer.plan.bonuses[0].amount.amount"));
        assertEquals("LINK_WINS", offer.getString("data.publishOffer.offer.priority"));
        assertEquals(14, offer.getInt("data.publishOffer.offer.holdDays"));
        assertEquals(30, offer.getInt("data.publishOffer.offer.attributionWindowDays"));
        var versions = GraphQL.ok(brand.viewerToken(), OFFER_VERSIONS, Map.of("id", campaignId));
        assertEquals(
                List.of(offer.getString("data.publishOffer.offer.id")),
                versions.getList("data.offerVersions.nodes.id"));

        // Creators: a small runner with a buying audience outranks a big account with a weak one.
        var runner =
                createCreator(brand, "Rita Runner", "DE", List.of("running"), 20_000, 600, 300);
        var celebrity =
                createCreator(
                        brand, "Carl Celebrity", "US", List.of("fashion"), 2_000_000, 40, null);
        assertEquals(
                300,
                runner.getInt("data.createCreator.creator.accounts[0].conversionRateBasisPoints"));
        String runnerId = runner.getString("data.createCreator.creator.id");
        String runnerEmail = runner.getString("data.createCreator.creator.email");
        String celebrityId = celebrity.getString("data.createCreator.creator.id");
        assertEquals(
                List.of("Carl Celebrity", "Rita Runner"),
                GraphQL.ok(
                                brand.viewerToken(),
                                CREATORS,
                                Map.of("ids", List.of(celebrityId, runnerId)))
                        .getList("data.creators.name"));
        var found = GraphQL.ok(brand.viewerToken(), SEARCH, Map.of("niche", "running"));
        assertEquals(List.of(runnerId), found.getList("data.searchCreators.nodes.id"));
        var ranked = GraphQL.ok(brand.viewerToken(), RANK, Map.of("id", campaignId));
        assertEquals(
                List.of(runnerId, celebrityId), ranked.getList("data.rankCandidates.creator.id"));
        assertTrue(
                ranked.getDouble("data.rankCandidates[0].score")
                        > ranked.getDouble("data.rankCandidates[1].score"));
        assertEquals(1.0, ranked.getDouble("data.rankCandidates[0].breakdown.nicheFit"));

        // Selection: shortlist both, invite the runner, retire the other with a reason.
        String runnerMembership = shortlist(brand, campaignId, runnerId);
        String celebrityMembership = shortlist(brand, campaignId, celebrityId);
        var invited =
                GraphQL.ok(
                        admin,
                        INVITE,
                        input(
                                Map.of(
                                        "membershipId",
                                        runnerMembership,
                                        "message",
                                        "We love your long runs!")));
        assertEquals("INVITED", invited.getString("data.inviteCreator.membership.status"));
        var retired =
                GraphQL.ok(
                        admin,
                        RETIRE,
                        input(
                                Map.of(
                                        "membershipId",
                                        celebrityMembership,
                                        "reason",
                                        "Audience does not fit")));
        assertEquals("RETIRED", retired.getString("data.retireMembership.membership.status"));
        assertEquals(
                "Audience does not fit",
                retired.getString("data.retireMembership.membership.retireReason"));
        var members = GraphQL.ok(brand.viewerToken(), MEMBERSHIPS, Map.of("id", campaignId));
        assertEquals(
                List.of(celebrityMembership, runnerMembership),
                members.getList("data.campaignMemberships.nodes.id"));
        assertEquals(
                List.of("Carl Celebrity", "Rita Runner"),
                members.getList("data.campaignMemberships.nodes.creator.name"));
        assertEquals(
                List.of("Spring run", "Spring run"),
                members.getList("data.campaignMemberships.nodes.campaign.name"));

        // A second campaign invites the runner too; a third invitation will be declined.
        String summerId = activeCampaign(brand, "Summer trail");
        String summerMembership = invite(brand, summerId, runnerId, "Join our summer trail series");
        String autumnMembership =
                invite(
                        brand,
                        activeCampaign(brand, "Autumn gear"),
                        runnerId,
                        "Autumn gear reviews?");

        // Onboarding: accepting the first invitation provisions the creator's login.
        String creator = Tenants.onboardCreator(runnerId, runnerEmail, runnerMembership);
        var me = GraphQL.ok(creator, ME);
        assertEquals(runnerId, me.getString("data.me.creatorId"));
        assertEquals(
                List.of(autumnMembership, summerMembership), me.getList("data.me.invitations.id"));
        assertEquals(
                "Join our summer trail series",
                me.getString("data.me.invitations[1].invitationMessage"));
        assertEquals("Summer trail", me.getString("data.me.invitations[1].campaign.name"));
        assertEquals(List.of("Spring run"), me.getList("data.me.campaigns.name"));
        var accepted = GraphQL.ok(creator, ACCEPT, Map.of("id", summerMembership));
        assertEquals("ACTIVE", accepted.getString("data.acceptInvitation.membership.status"));
        assertEquals(
                "DECLINED",
                GraphQL.ok(creator, DECLINE, Map.of("id", autumnMembership))
                        .getString("data.declineInvitation.membership.status"));
        me = GraphQL.ok(creator, ME);
        assertEquals(List.of(), me.getList("data.me.invitations"));
        assertEquals(List.of("Summer trail", "Spring run"), me.getList("data.me.campaigns.name"));
        assertEquals(3, me.getList("data.me.memberships.nodes").size());

        // The calendar: two posts fit the week's cadence, a third is refused.
        String first =
                schedule(
                        brand,
                        campaignId,
                        runnerId,
                        "2027-01-04T09:00:00Z",
                        "Unboxing the trail shoes");
        String second =
                schedule(brand, campaignId, runnerId, "2027-01-06T09:00:00Z", "First 10k in them");
        var third =
                GraphQL.post(
                        admin,
                        SCHEDULE,
                        input(
                                postInput(
                                        campaignId,
                                        runnerId,
                                        "2027-01-08T09:00:00Z",
                                        "One too many")));
        assertEquals("FAILED_PRECONDITION", errorCode(third));
        assertTrue(
                third.getString("errors[0].message").contains("week"),
                third.getString("errors[0].message"));
        String later =
                schedule(
                        brand, summerId, runnerId, "2027-02-01T09:00:00Z", "Trail series kick-off");

        var page1 =
                GraphQL.ok(brand.viewerToken(), POSTS, vars("campaignId", campaignId, "first", 1));
        assertEquals(List.of(first), page1.getList("data.posts.nodes.id"));
        assertEquals(List.of("Rita Runner"), page1.getList("data.posts.nodes.creator.name"));
        var page2 =
                GraphQL.ok(
                        brand.viewerToken(),
                        POSTS,
                        vars(
                                "campaignId",
                                campaignId,
                                "first",
                                1,
                                "after",
                                page1.getString("data.posts.pageInfo.endCursor")));
        assertEquals(List.of(second), page2.getList("data.posts.nodes.id"));
        var byCreatorInFebruary =
                GraphQL.ok(
                        brand.viewerToken(),
                        POSTS,
                        vars(
                                "creatorId",
                                runnerId,
                                "from",
                                "2027-02-01T00:00:00Z",
                                "to",
                                "2027-03-01T00:00:00Z",
                                "first",
                                10));
        assertEquals(List.of(later), byCreatorInFebruary.getList("data.posts.nodes.id"));
        assertEquals(
                List.of("Summer trail"),
                byCreatorInFebruary.getList("data.posts.nodes.campaign.name"));

        // The creator's side: their posts, submit, changes requested, resubmit, approve, publish
        // with a disclosure.
        me = GraphQL.ok(creator, ME);
        assertEquals(List.of(first, second, later), me.getList("data.me.posts.nodes.id"));
        assertEquals(
                "SUBMITTED",
                GraphQL.ok(creator, SUBMIT, input(Map.of("postId", first, "caption", "New shoes!")))
                        .getString("data.submitPost.post.status"));
        var changes =
                GraphQL.ok(
                        admin,
                        REQUEST_CHANGES,
                        input(Map.of("postId", first, "feedback", "Please mention the discount")));
        assertEquals("CHANGES_REQUESTED", changes.getString("data.requestPostChanges.post.status"));
        assertEquals(
                "Please mention the discount",
                GraphQL.ok(creator, ME).getString("data.me.posts.nodes[0].feedback"));
        GraphQL.ok(
                creator,
                SUBMIT,
                input(Map.of("postId", first, "caption", "New shoes, 10% off with my code")));
        assertEquals(
                "APPROVED",
                GraphQL.ok(admin, APPROVE, input(Map.of("postId", first)))
                        .getString("data.approvePost.post.status"));

        var undisclosed =
                GraphQL.post(
                        creator,
                        PUBLISH_POST,
                        input(
                                Map.of(
                                        "postId",
                                        first,
                                        "caption",
                                        "New shoes, 10% off with my code",
                                        "publishedUrl",
                                        "https://instagram.example/p/1")));
        assertEquals("INVALID_ARGUMENT", errorCode(undisclosed));
        assertTrue(
                undisclosed.getString("errors[0].message").contains("#ad"),
                undisclosed.getString("errors[0].message"));
        var published =
                GraphQL.ok(
                        creator,
                        PUBLISH_POST,
                        input(
                                Map.of(
                                        "postId",
                                        first,
                                        "caption",
                                        "New shoes, 10% off with my code #ad",
                                        "publishedUrl",
                                        "https://instagram.example/p/1")));
        assertEquals("PUBLISHED", published.getString("data.publishPost.post.status"));
        assertEquals(
                "https://instagram.example/p/1",
                published.getString("data.publishPost.post.publishedUrl"));
    }

    // ---------------------------------------------------------------------------------------------
    // Roles and tenancy
    // ---------------------------------------------------------------------------------------------

    @Test
    void aViewerIsForbiddenFromEveryPlanningMutationAndNothingIsStored() {
        String viewer = brand.viewerToken();
        String campaignId = activeCampaign(brand, "Viewer");
        String email = "viewer-made-" + UUID.randomUUID() + "@creators.example";

        var attempts =
                List.of(
                        GraphQL.post(
                                viewer,
                                SET_GOALS,
                                input(
                                        Map.of(
                                                "campaignId",
                                                campaignId,
                                                "goals",
                                                List.of(
                                                        Map.of(
                                                                "metric",
                                                                "ORDERS",
                                                                "target",
                                                                Map.of("count", 5)))))),
                        GraphQL.post(
                                viewer,
                                CHANGE_STATUS,
                                input(Map.of("campaignId", campaignId, "status", "PAUSED"))),
                        GraphQL.post(
                                viewer, PUBLISH_OFFER, input(offerInput(campaignId, List.of()))),
                        GraphQL.post(
                                viewer,
                                CREATE_CREATOR,
                                input(
                                        creatorInput(
                                                "Vera",
                                                email,
                                                "DE",
                                                List.of("yoga"),
                                                1000,
                                                100,
                                                null))),
                        GraphQL.post(
                                viewer,
                                SCHEDULE,
                                input(
                                        postInput(
                                                campaignId,
                                                UUID.randomUUID().toString(),
                                                "2027-01-04T09:00:00Z",
                                                "x"))),
                        GraphQL.post(viewer, ACCEPT, Map.of("id", UUID.randomUUID().toString())));

        attempts.forEach(answer -> assertEquals("FORBIDDEN", errorCode(answer), answer.prettify()));
        var campaign =
                GraphQL.ok(
                        viewer,
                        "query($id: ID!) { campaign(id: $id) { status } }",
                        Map.of("id", campaignId));
        assertEquals("ACTIVE", campaign.getString("data.campaign.status"));
        assertEquals(
                List.of(),
                GraphQL.ok(viewer, OFFER_VERSIONS, Map.of("id", campaignId))
                        .getList("data.offerVersions.nodes"));
        assertEquals(
                List.of(),
                GraphQL.ok(
                                viewer,
                                "query($id: ID!) { campaign(id: $id) { goals { metric } } }",
                                Map.of("id", campaignId))
                        .getList("data.campaign.goals"));
        assertEquals(
                List.of(),
                GraphQL.ok(viewer, SEARCH, Map.of("niche", "yoga"))
                        .getList("data.searchCreators.nodes"));
        assertEquals("FORBIDDEN", errorCode(GraphQL.post(viewer, ME)));
    }

    @Test
    void aSecondBrandSeesNoneOfTheFirstBrandsCreatorsCampaignsMembershipsOrPosts() {
        var member = activeMemberWithPost(brand, "Tenancy");
        String other = otherBrand.adminToken();

        assertEquals(
                List.of(),
                GraphQL.ok(other, CREATORS, Map.of("ids", List.of(member.creatorId())))
                        .getList("data.creators"));
        assertFalse(
                GraphQL.ok(other, SEARCH, Map.of())
                        .getList("data.searchCreators.nodes.id")
                        .contains(member.creatorId()));
        assertEquals(
                List.of(),
                GraphQL.ok(other, MEMBERSHIPS, Map.of("id", member.campaignId()))
                        .getList("data.campaignMemberships.nodes"));
        assertEquals(
                List.of(),
                GraphQL.ok(other, POSTS, vars("campaignId", member.campaignId(), "first", 10))
                        .getList("data.posts.nodes"));
        assertEquals(
                List.of(),
                GraphQL.ok(other, OFFER_VERSIONS, Map.of("id", member.campaignId()))
                        .getList("data.offerVersions.nodes"));
        assertEquals(
                "NOT_FOUND",
                errorCode(GraphQL.post(other, RANK, Map.of("id", member.campaignId()))));
        assertEquals(
                "NOT_FOUND",
                errorCode(
                        GraphQL.post(
                                other,
                                CHANGE_STATUS,
                                input(
                                        Map.of(
                                                "campaignId",
                                                member.campaignId(),
                                                "status",
                                                "PAUSED")))));
        String otherCampaign = activeCampaign(otherBrand, "Poacher");
        assertEquals(
                "NOT_FOUND",
                errorCode(
                        GraphQL.post(
                                other,
                                SHORTLIST,
                                input(
                                        Map.of(
                                                "campaignId",
                                                otherCampaign,
                                                "creatorId",
                                                member.creatorId())))));
        assertEquals(
                "NOT_FOUND",
                errorCode(GraphQL.post(other, APPROVE, input(Map.of("postId", member.postId())))));
        // and the first brand's data is unchanged
        var posts =
                GraphQL.ok(
                        brand.viewerToken(),
                        POSTS,
                        vars("campaignId", member.campaignId(), "first", 10));
        assertEquals(List.of("PLANNED"), posts.getList("data.posts.nodes.status"));
    }

    @Test
    void aCreatorSeesAndChangesOnlyTheirOwnPostsAndNoBrandData() {
        var member = activeMemberWithPost(brand, "Own posts");
        String stranger = Tenants.newCreatorToken();

        var strangersMe = GraphQL.ok(stranger, ME);
        assertEquals(List.of(), strangersMe.getList("data.me.posts.nodes"));
        assertEquals(List.of(), strangersMe.getList("data.me.invitations"));
        assertEquals(List.of(), strangersMe.getList("data.me.campaigns"));
        var submit =
                GraphQL.post(
                        stranger,
                        SUBMIT,
                        input(Map.of("postId", member.postId(), "caption", "Not mine #ad")));
        assertEquals("NOT_FOUND", errorCode(submit));
        assertEquals(
                "FORBIDDEN",
                errorCode(
                        GraphQL.post(
                                stranger,
                                POSTS,
                                vars("campaignId", member.campaignId(), "first", 10))));
        assertEquals(
                "FORBIDDEN",
                errorCode(
                        GraphQL.post(
                                member.token(),
                                CREATORS,
                                Map.of("ids", List.of(member.creatorId())))));
        assertEquals("FORBIDDEN", errorCode(GraphQL.post(brand.adminToken(), ME)));
        // the owner still sees the post untouched
        var mine = GraphQL.ok(member.token(), ME);
        assertEquals(List.of(member.postId()), mine.getList("data.me.posts.nodes.id"));
        assertEquals(List.of("PLANNED"), mine.getList("data.me.posts.nodes.status"));
    }

    @Test
    void aCreatorReadsTheirCampaignButNotItsBudgetGoalsOrAudience() {
        var member = activeMemberWithPost(brand, "Brand view");

        var mine = GraphQL.ok(member.token(), "{ me { campaigns { id name status landingUrl } } }");
        assertEquals(List.of(member.campaignId()), mine.getList("data.me.campaigns.id"));
        for (String brandOnly :
                List.of(
                        "budgetCap { amount }",
                        "goals { metric target { count } progress { current { count } } }",
                        "targetNiches",
                        "targetCountries")) {
            var refused =
                    GraphQL.post(member.token(), "{ me { campaigns { id " + brandOnly + " } } }");
            assertEquals("FORBIDDEN", errorCode(refused), brandOnly + ": " + refused.prettify());
            assertEquals(
                    "only brand users can read brand data", refused.getString("errors[0].message"));
        }
        var brandsOwn =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query($id: ID!) { campaign(id: $id) { budgetCap { amount } goals { metric } "
                                + "targetNiches } }",
                        Map.of("id", member.campaignId()));
        assertEquals(
                List.of(),
                brandsOwn.getList("data.campaign.targetNiches"),
                "the brand still reads them");
    }

    @Test
    void aLevelOfMembershipsResolvesItsCreatorsAndCampaignsWithOneBatchCallEach() {
        var tenant = Tenants.newBrand();
        String campaignId = activeCampaign(tenant, "Batched");
        for (int i = 0; i < 4; i++) {
            shortlist(
                    tenant,
                    campaignId,
                    createCreator(tenant, "Batch " + i, "DE", List.of("running"), 1000, 100, null)
                            .getString("data.createCreator.creator.id"));
        }

        GrpcCallCounter.reset();
        var members = GraphQL.ok(tenant.viewerToken(), MEMBERSHIPS, Map.of("id", campaignId));

        assertEquals(
                List.of("Batch 3", "Batch 2", "Batch 1", "Batch 0"),
                members.getList("data.campaignMemberships.nodes.creator.name"));
        assertEquals(1, GrpcCallCounter.calls("ListCampaignMemberships"));
        assertEquals(1, GrpcCallCounter.calls("BatchGetCreators"));
        assertEquals(1, GrpcCallCounter.calls("BatchGetCampaigns"));
    }

    @Test
    void theSchemaShowsNoProtobufValuesOrTheBrandItUsesInternally() {
        String schema =
                given().auth()
                        .oauth2(brand.viewerToken())
                        .get("/graphql/schema.graphql")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();

        assertTrue(schema.contains("type Membership"), schema);
        assertFalse(schema.contains("brandId"), "brandId is internal to batch reads");
        assertFalse(
                schema.contains("UNSPECIFIED"), "protobuf zero values are not part of the schema");
    }

    // ---------------------------------------------------------------------------------------------
    // Bad input
    // ---------------------------------------------------------------------------------------------

    @Test
    void badInputGetsInvalidArgumentWithTheServicesMessageAndStoresNothing() {
        String admin = brand.adminToken();
        String campaignId = activeCampaign(brand, "Validation");

        var tiers =
                GraphQL.post(
                        admin,
                        PUBLISH_OFFER,
                        input(
                                offerInput(
                                        campaignId,
                                        List.of(
                                                Map.of("fromMinor", 0, "rateBasisPoints", 1000),
                                                Map.of("fromMinor", 0, "rateBasisPoints", 1500)))));
        assertEquals("INVALID_ARGUMENT", errorCode(tiers));
        assertTrue(
                tiers.getString("errors[0].message").contains("plan.tiers must ascend"),
                tiers.getString("errors[0].message"));
        assertEquals(
                List.of(),
                GraphQL.ok(admin, OFFER_VERSIONS, Map.of("id", campaignId))
                        .getList("data.offerVersions.nodes"));

        String email = "bad-" + UUID.randomUUID() + "@creators.example";
        var country =
                GraphQL.post(
                        admin,
                        CREATE_CREATOR,
                        input(
                                creatorInput(
                                        "Gerd",
                                        email,
                                        "Germany",
                                        List.of("cycling"),
                                        1000,
                                        100,
                                        null)));
        assertEquals("INVALID_ARGUMENT", errorCode(country));
        assertEquals(
                "country must be an ISO 3166-1 alpha-2 code, got 'Germany'",
                country.getString("errors[0].message"));
        assertEquals(
                List.of(),
                GraphQL.ok(admin, SEARCH, Map.of("niche", "cycling"))
                        .getList("data.searchCreators.nodes"));

        var goal =
                GraphQL.post(
                        admin,
                        SET_GOALS,
                        input(
                                Map.of(
                                        "campaignId",
                                        campaignId,
                                        "goals",
                                        List.of(
                                                Map.of(
                                                        "metric",
                                                        "ORDERS",
                                                        "target",
                                                        Map.of("count", 0))))));
        assertEquals("INVALID_ARGUMENT", errorCode(goal));
        assertTrue(
                goal.getString("errors[0].message").contains("target must be positive"),
                goal.getString("errors[0].message"));
        for (var wrongForm :
                List.of(
                        Map.of(
                                "target",
                                Map.of("money", Map.of("amountMinor", 500000, "currency", "USD")),
                                "message",
                                "a REVENUE goal's target must be in the campaign's currency EUR, got USD"),
                        Map.of(
                                "target",
                                Map.of("count", 500000),
                                "message",
                                "a REVENUE goal's target is money: give target.money, not target.count"))) {
            var refused =
                    GraphQL.post(
                            admin,
                            SET_GOALS,
                            input(
                                    Map.of(
                                            "campaignId",
                                            campaignId,
                                            "goals",
                                            List.of(
                                                    Map.of(
                                                            "metric",
                                                            "REVENUE",
                                                            "target",
                                                            wrongForm.get("target"))))));
            assertEquals("INVALID_ARGUMENT", errorCode(refused));
            assertEquals(wrongForm.get("message"), refused.getString("errors[0].message"));
        }
        assertEquals(
                List.of(),
                GraphQL.ok(
                                admin,
                                "query($id: ID!) { campaign(id: $id) { goals { metric } } }",
                                Map.of("id", campaignId))
                        .getList("data.campaign.goals"));

        var moveBack =
                GraphQL.post(
                        admin,
                        CHANGE_STATUS,
                        input(Map.of("campaignId", campaignId, "status", "DRAFT")));
        assertEquals("FAILED_PRECONDITION", errorCode(moveBack));
        assertTrue(
                moveBack.getString("errors[0].message").contains("ACTIVE to DRAFT"),
                moveBack.getString("errors[0].message"));

        var pageTooBig = GraphQL.post(admin, "{ searchCreators(first: 500) { nodes { id } } }");
        assertEquals("INVALID_ARGUMENT", errorCode(pageTooBig));
        var malformed =
                GraphQL.post(
                        admin,
                        SHORTLIST,
                        input(Map.of("campaignId", campaignId, "creatorId", "42")));
        assertEquals("INVALID_ARGUMENT", errorCode(malformed));
        assertEquals(
                "creator_id must be a UUID, got '42'", malformed.getString("errors[0].message"));
    }

    // ---------------------------------------------------------------------------------------------
    // Fixtures: built through the API, like the users do
    // ---------------------------------------------------------------------------------------------

    /** An ACTIVE member of a campaign, signed in, with one PLANNED post. */
    record Member(String campaignId, String creatorId, String postId, String token) {}

    private Member activeMemberWithPost(Tenants tenant, String campaignName) {
        String campaignId = activeCampaign(tenant, campaignName);
        var created =
                createCreator(
                        tenant,
                        "Member of " + campaignName,
                        "DE",
                        List.of("running"),
                        5000,
                        300,
                        null);
        String creatorId = created.getString("data.createCreator.creator.id");
        String membershipId = invite(tenant, campaignId, creatorId, "Welcome aboard");
        String token =
                Tenants.onboardCreator(
                        creatorId,
                        created.getString("data.createCreator.creator.email"),
                        membershipId);
        String postId =
                schedule(tenant, campaignId, creatorId, "2027-03-01T10:00:00Z", "Launch post");
        return new Member(campaignId, creatorId, postId, token);
    }

    private static String activeCampaign(Tenants tenant, String name) {
        String id =
                GraphQL.ok(
                                tenant.adminToken(),
                                CREATE_CAMPAIGN,
                                input(
                                        Map.of(
                                                "name",
                                                name,
                                                "landingUrl",
                                                "https://shop.northwind.example/"
                                                        + UUID.randomUUID(),
                                                "startsOn",
                                                "2026-12-01",
                                                "budgetCap",
                                                Map.of("amountMinor", 150000, "currency", "EUR"))))
                        .getString("data.createCampaign.campaign.id");
        var active =
                GraphQL.ok(
                        tenant.adminToken(),
                        CHANGE_STATUS,
                        input(Map.of("campaignId", id, "status", "ACTIVE")));
        assertEquals("ACTIVE", active.getString("data.changeCampaignStatus.campaign.status"));
        return id;
    }

    private static JsonPath createCreator(
            Tenants tenant,
            String name,
            String country,
            List<String> niches,
            long followers,
            int engagement,
            Integer conversion) {
        String email =
                name.toLowerCase().replace(' ', '.')
                        + "-"
                        + UUID.randomUUID()
                        + "@creators.example";
        return GraphQL.ok(
                tenant.adminToken(),
                CREATE_CREATOR,
                input(
                        creatorInput(
                                name, email, country, niches, followers, engagement, conversion)));
    }

    private static Map<String, Object> creatorInput(
            String name,
            String email,
            String country,
            List<String> niches,
            long followers,
            int engagement,
            Integer conversion) {
        Map<String, Object> account =
                new HashMap<>(
                        Map.of(
                                "platform",
                                "INSTAGRAM",
                                "handle",
                                "@" + name.replace(' ', '_'),
                                "followers",
                                followers,
                                "engagementRateBasisPoints",
                                engagement));
        if (conversion != null) {
            account.put("conversionRateBasisPoints", conversion);
        }
        return Map.of(
                "name",
                name,
                "email",
                email,
                "country",
                country,
                "niches",
                niches,
                "accounts",
                List.of(account));
    }

    private static Map<String, Object> offerInput(
            String campaignId, List<Map<String, Object>> tiers) {
        Map<String, Object> plan =
                new HashMap<>(
                        Map.of(
                                "basis",
                                "PERCENT",
                                "rateBasisPoints",
                                1000,
                                "bonuses",
                                List.of(
                                        Map.of(
                                                "thresholdMinor",
                                                200000,
                                                "amount",
                                                Map.of("amountMinor", 5000, "currency", "EUR")))));
        if (!tiers.isEmpty()) {
            plan.put("tierMode", "MARGINAL");
            plan.put("tiers", tiers);
        }
        return Map.of(
                "campaignId",
                campaignId,
                "plan",
                plan,
                "audienceDiscountPercent",
                10,
                "holdDays",
                14,
                "priority",
                "LINK_WINS");
    }

    private static String shortlist(Tenants tenant, String campaignId, String creatorId) {
        var answer =
                GraphQL.ok(
                        tenant.adminToken(),
                        SHORTLIST,
                        input(Map.of("campaignId", campaignId, "creatorId", creatorId)));
        assertEquals("SHORTLISTED", answer.getString("data.shortlistCreator.membership.status"));
        return answer.getString("data.shortlistCreator.membership.id");
    }

    private static String invite(
            Tenants tenant, String campaignId, String creatorId, String message) {
        String membershipId = shortlist(tenant, campaignId, creatorId);
        GraphQL.ok(
                tenant.adminToken(),
                INVITE,
                input(Map.of("membershipId", membershipId, "message", message)));
        return membershipId;
    }

    private static Map<String, Object> postInput(
            String campaignId, String creatorId, String at, String brief) {
        return Map.of(
                "campaignId",
                campaignId,
                "creatorId",
                creatorId,
                "platform",
                "INSTAGRAM",
                "format",
                "REEL",
                "scheduledAt",
                at,
                "brief",
                brief);
    }

    private static String schedule(
            Tenants tenant, String campaignId, String creatorId, String at, String brief) {
        var answer =
                GraphQL.ok(
                        tenant.adminToken(),
                        SCHEDULE,
                        input(postInput(campaignId, creatorId, at, brief)));
        assertEquals("PLANNED", answer.getString("data.schedulePost.post.status"));
        return answer.getString("data.schedulePost.post.id");
    }

    private static Map<String, Object> input(Map<String, Object> input) {
        return Map.of("input", input);
    }

    private static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return variables;
    }

    private static String errorCode(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }
}
