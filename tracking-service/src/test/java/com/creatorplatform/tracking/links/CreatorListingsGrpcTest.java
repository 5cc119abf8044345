package com.creatorplatform.tracking.links;

import static com.creatorplatform.contract.testing.Callers.as;
import static com.creatorplatform.contract.testing.Callers.assertPermissionDenied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.DiscountCode;
import com.creatorplatform.proto.tracking.v1.ListCreatorLinksResponse;
import com.creatorplatform.proto.tracking.v1.ListCreatorRecordsRequest;
import com.creatorplatform.proto.tracking.v1.TrackingLink;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.tracking.feeds.ApprovedPostsFeed;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * A creator's links and discount codes in several campaigns, listed with one call through a real
 * gRPC client; the caller's token decides whose they may list.
 */
@QuarkusTest
@QuarkusTestResource(CampaignServiceResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreatorListingsGrpcTest {

    @GrpcClient("tracking")
    TrackingServiceBlockingStub tracking;

    @Inject ApprovedPostsFeed feed;

    String brand;
    String winter;
    String spring;
    String autumn;
    String anna;
    String annaPost;
    String ben;

    /** Anna's links: her post's own link (Winter), one by hand in Winter and one in Spring. */
    Set<String> annasLinks;

    String annasPostLink;

    /**
     * Anna is a member of Winter and Spring, with a published post in Winter; Ben is in Winter too.
     * Anna also has a link in Autumn, which the listings below do not ask for.
     */
    @BeforeAll
    void links() throws Throwable {
        var offer = CampaignFixtures.brandWithOffer();
        brand = offer.brandId();
        winter = offer.campaignId();
        spring = CampaignFixtures.campaign(brand);
        autumn = CampaignFixtures.campaign(brand);
        var published = CampaignFixtures.publishedPost(brand, winter, "@anna.trails");
        anna = published.creatorId();
        annaPost = published.postId();
        CampaignFixtures.join(brand, spring, anna);
        ben = CampaignFixtures.member(brand, winter);
        assertTrue(VertxContextSupport.subscribeAndAwait(feed::poll) >= 1);

        String inWinter = link(winter, anna);
        String inSpring = link(spring, anna);
        link(autumn, anna);
        link(winter, ben);
        annasPostLink =
                linksOf(as(CallerIdentity.creator(anna), tracking), anna, List.of(winter), 100)
                        .stream()
                        .filter(TrackingLink::getMadeForPost)
                        .findFirst()
                        .orElseThrow()
                        .getId();
        annasLinks = Set.of(annasPostLink, inWinter, inSpring);
    }

    @Test
    void aCreatorsLinksInSeveralCampaignsComeWithOneCallAPageAtATimeNewestFirst() {
        var asAnna = as(CallerIdentity.creator(anna), tracking);

        var first = asAnna.listCreatorLinks(request(anna, List.of(winter, spring), 2, ""));
        var second =
                asAnna.listCreatorLinks(
                        request(anna, List.of(winter, spring), 2, first.getPage().getNextCursor()));

        assertEquals(2, first.getLinksCount());
        assertEquals(1, second.getLinksCount());
        assertEquals("", second.getPage().getNextCursor(), "the last page says so");
        var all = new ArrayList<TrackingLink>(first.getLinksList());
        all.addAll(second.getLinksList());
        assertEquals(annasLinks, all.stream().map(TrackingLink::getId).collect(Collectors.toSet()));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(
                    !createdAt(all.get(i)).isAfter(createdAt(all.get(i - 1))),
                    "newest first: " + all);
        }
        var postLink =
                all.stream().filter(l -> l.getId().equals(annasPostLink)).findFirst().orElseThrow();
        assertEquals(annaPost, postLink.getPostId());
        assertEquals(winter, postLink.getCampaignId());
        assertEquals(
                List.of(annasPostLink),
                all.stream().filter(TrackingLink::getMadeForPost).map(TrackingLink::getId).toList(),
                "only the post's own link is made for it");
        assertEquals(
                4,
                linksOf(asAnna, anna, List.of(), 100).size(),
                "no campaign named: every campaign, Autumn too");
    }

    @Test
    void aCreatorsDiscountCodesInSeveralCampaignsComeWithOneCall() {
        String winterCode = code(winter, anna, "ANNA-W");
        String springCode = code(spring, anna, "ANNA-S");
        code(autumn, anna, "ANNA-A");
        code(winter, ben, "BEN-W");

        var codes =
                as(CallerIdentity.creator(anna), tracking)
                        .listCreatorDiscountCodes(request(anna, List.of(winter, spring), 20, ""));

        assertEquals(
                List.of(springCode, winterCode),
                codes.getDiscountCodesList().stream().map(DiscountCode::getCode).toList(),
                "newest first");
        assertEquals(
                List.of(spring, winter),
                codes.getDiscountCodesList().stream().map(DiscountCode::getCampaignId).toList());
        assertEquals("", codes.getPage().getNextCursor());
    }

    @Test
    void aCreatorListsOnlyTheirOwnAndABrandOnlyItsOwn() {
        var asBen = as(CallerIdentity.creator(ben), tracking);
        String otherBrand = CampaignFixtures.brand();

        assertPermissionDenied(
                "caller creator " + ben + " may not act for creator " + anna,
                () -> asBen.listCreatorLinks(request(anna, List.of(winter), 20, "")));
        assertPermissionDenied(
                "caller creator " + ben + " may not act for creator " + anna,
                () -> asBen.listCreatorDiscountCodes(request(anna, List.of(), 20, "")));
        assertPermissionDenied(
                "caller brand " + otherBrand + " may not act for brand " + brand,
                () ->
                        as(CallerIdentity.brand(otherBrand), tracking)
                                .listCreatorLinks(request(anna, List.of(), 20, "")));
        assertEquals(
                List.of(),
                as(CallerIdentity.creator(anna), tracking)
                        .listCreatorLinks(
                                request(anna, List.of(), 20, "").toBuilder()
                                        .setBrandId(otherBrand)
                                        .build())
                        .getLinksList(),
                "another brand's listing of Anna is empty");
        assertEquals(
                annasLinks,
                linksOf(
                                as(CallerIdentity.brandViewer(brand), tracking),
                                anna,
                                List.of(winter, spring),
                                100)
                        .stream()
                        .map(TrackingLink::getId)
                        .collect(Collectors.toSet()),
                "the brand's viewer reads its creator's links");
    }

    @Test
    void aListingOfTheWrongShapeIsRefusedWithTheFieldNamed() {
        var asAnna = as(CallerIdentity.creator(anna), tracking);

        assertInvalid(
                "page size must be between 1 and 100, got 101",
                () -> asAnna.listCreatorLinks(request(anna, List.of(), 101, "")));
        assertInvalid(
                "cursor is not one this service issued",
                () -> asAnna.listCreatorLinks(request(anna, List.of(), 20, "nope")));
        assertInvalid(
                "campaign_ids must be a UUID, got 'winter'",
                () -> asAnna.listCreatorLinks(request(anna, List.of("winter"), 20, "")));
        assertInvalid(
                "creator_id is required",
                () ->
                        tracking.listCreatorDiscountCodes(
                                ListCreatorRecordsRequest.newBuilder().setBrandId(brand).build()));
    }

    // ---------------------------------------------------------------------------------------------

    private ListCreatorRecordsRequest request(
            String creatorId, List<String> campaignIds, int size, String cursor) {
        return ListCreatorRecordsRequest.newBuilder()
                .setBrandId(brand)
                .setCreatorId(creatorId)
                .addAllCampaignIds(campaignIds)
                .setPage(PageRequest.newBuilder().setPageSize(size).setCursor(cursor))
                .build();
    }

    private List<TrackingLink> linksOf(
            TrackingServiceBlockingStub caller,
            String creatorId,
            List<String> campaignIds,
            int size) {
        ListCreatorLinksResponse page =
                caller.listCreatorLinks(request(creatorId, campaignIds, size, ""));
        assertEquals("", page.getPage().getNextCursor(), "one page holds them");
        return page.getLinksList();
    }

    private String link(String campaignId, String creatorId) {
        return tracking.createTrackingLink(
                        CreateTrackingLinkRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaignId)
                                .setCreatorId(creatorId)
                                .setDestinationUrl(
                                        "https://shop.northwind.example/" + UUID.randomUUID())
                                .build())
                .getId();
    }

    private String code(String campaignId, String creatorId, String prefix) {
        return tracking.createDiscountCode(
                        CreateDiscountCodeRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaignId)
                                .setCreatorId(creatorId)
                                .setCode(
                                        prefix + "-" + UUID.randomUUID().toString().substring(0, 8))
                                .build())
                .getCode();
    }

    private static Instant createdAt(TrackingLink link) {
        return WireTypes.instant(link.getCreatedAt());
    }

    private static void assertInvalid(String message, Executable call) {
        var refused = assertThrows(StatusRuntimeException.class, call);
        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(message, refused.getStatus().getDescription());
    }
}
