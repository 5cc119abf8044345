package com.creatorplatform.campaign.grpc;

import static com.creatorplatform.campaign.grpc.Fixtures.account;
import static com.creatorplatform.campaign.grpc.Fixtures.creator;
import static com.creatorplatform.proto.campaign.v1.Platform.PLATFORM_INSTAGRAM;
import static com.creatorplatform.proto.campaign.v1.Platform.PLATFORM_TIKTOK;
import static com.creatorplatform.proto.campaign.v1.Platform.PLATFORM_YOUTUBE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.campaign.v1.BatchGetCreatorsRequest;
import com.creatorplatform.proto.campaign.v1.Creator;
import com.creatorplatform.proto.campaign.v1.SearchCreatorsRequest;
import com.creatorplatform.proto.common.v1.PageRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creators through a real gRPC client, checked in the real database. */
@QuarkusTest
class CreatorGrpcServiceTest {

    @Inject CampaignApi api;

    @Inject PgPool db;

    @Test
    void aCreatorIsStoredWithNormalisedProfileAndAccounts() {
        String brand = Fixtures.brandId(api);
        var created =
                api.creators()
                        .createCreator(
                                creator(brand, "Ana Runs", "pt", "Running", "running", " Trail ")
                                        .setEmail(" Ana@Runs.Example ")
                                        .addAccounts(
                                                account(PLATFORM_INSTAGRAM, 42_000, 510)
                                                        .setConversionRateBasisPoints(240))
                                        .addAccounts(account(PLATFORM_YOUTUBE, 9_000, 800))
                                        .build());

        assertEquals("ana@runs.example", created.getEmail());
        assertEquals("PT", created.getCountry());
        assertEquals(List.of("running", "trail"), created.getNichesList());
        var stored =
                Fixtures.row(
                        db,
                        "select brand_id, email, country, niches from creator where id = $1",
                        created.getId());
        assertEquals(brand, stored.getUUID("brand_id").toString());
        assertEquals("running", stored.getArrayOfStrings("niches")[0]);
        var instagram =
                Fixtures.row(
                        db,
                        "select followers, engagement_rate_basis_points, conversion_rate_basis_points"
                                + " from creator_account where creator_id = $1 and platform = 'INSTAGRAM'",
                        created.getId());
        assertEquals(42_000L, instagram.getLong("followers"));
        assertEquals(240, instagram.getInteger("conversion_rate_basis_points"));
        assertEquals(
                2L,
                Fixtures.row(
                                db,
                                "select count(*) from creator_account where creator_id = $1",
                                created.getId())
                        .getLong(0));
    }

    @Test
    void badProfilesAreRefusedWithTheReasonAndNothingIsStored() {
        String brand = Fixtures.brandId(api);

        assertInvalid(
                creator(brand, "Nowhere", "XX").build(),
                "country must be an ISO 3166-1 alpha-2 code, got 'XX'");
        assertInvalid(
                creator(brand, "Twice", "DE")
                        .addAccounts(account(PLATFORM_TIKTOK, 10, 100))
                        .addAccounts(account(PLATFORM_TIKTOK, 20, 100))
                        .build(),
                "accounts: more than one account on TIKTOK");
        assertInvalid(
                creator(brand, "Rate", "DE")
                        .addAccounts(account(PLATFORM_TIKTOK, 10, 10_001))
                        .build(),
                "accounts[TIKTOK].engagement_rate_basis_points must be between 0 and 10000, got 10001");
        assertInvalid(
                creator(brand, "Mail", "DE").setEmail("not-an-email").build(),
                "email 'not-an-email' is not an email address");
        assertEquals(
                0L,
                Fixtures.row(db, "select count(*) from creator where brand_id = $1", brand)
                        .getLong(0));
    }

    @Test
    void anEmailIsOnTheBrandsRosterOnce() {
        String brand = Fixtures.brandId(api);
        api.creators()
                .createCreator(
                        creator(brand, "First", "DE").setEmail("same@creators.example").build());

        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.creators()
                                        .createCreator(
                                                creator(brand, "Second", "DE")
                                                        .setEmail("SAME@creators.example")
                                                        .build()));
        assertEquals(Status.Code.ALREADY_EXISTS, error.getStatus().getCode());
        api.creators()
                .createCreator(
                        creator(Fixtures.brandId(api), "Elsewhere", "DE")
                                .setEmail("same@creators.example")
                                .build());
    }

    @Test
    void batchGetAnswersInTheOrderAskedWithinTheBrand() {
        String brand = Fixtures.brandId(api);
        var first =
                api.creators()
                        .createCreator(
                                creator(brand, "One", "FR")
                                        .addAccounts(account(PLATFORM_INSTAGRAM, 50_000, 400))
                                        .addAccounts(account(PLATFORM_TIKTOK, 9_000, 700))
                                        .build())
                        .getId();
        var second = api.creators().createCreator(creator(brand, "Two", "FR").build()).getId();
        var foreign =
                api.creators()
                        .createCreator(creator(Fixtures.brandId(api), "Three", "FR").build())
                        .getId();

        var found =
                api.creators()
                        .batchGetCreators(
                                BatchGetCreatorsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addAllIds(
                                                List.of(
                                                        second,
                                                        foreign,
                                                        first,
                                                        UUID.randomUUID().toString()))
                                        .build())
                        .getCreatorsList();

        assertEquals(List.of(second, first), found.stream().map(Creator::getId).toList());
        assertEquals(
                List.of(0, 2),
                found.stream().map(Creator::getAccountsCount).toList(),
                "each creator once, with its accounts");
    }

    @Test
    void searchFiltersByNicheCountryPlatformAndFollowersAndPages() {
        String brand = Fixtures.brandId(api);
        var runnerDe =
                api.creators()
                        .createCreator(
                                creator(brand, "Runner DE", "DE", "running")
                                        .addAccounts(account(PLATFORM_INSTAGRAM, 50_000, 400))
                                        .build())
                        .getId();
        var runnerDeBig =
                api.creators()
                        .createCreator(
                                creator(brand, "Runner DE Big", "DE", "running", "fitness")
                                        .addAccounts(account(PLATFORM_INSTAGRAM, 900_000, 150))
                                        .addAccounts(account(PLATFORM_TIKTOK, 20_000, 600))
                                        .build())
                        .getId();
        var runnerFr =
                api.creators()
                        .createCreator(
                                creator(brand, "Runner FR", "FR", "running")
                                        .addAccounts(account(PLATFORM_INSTAGRAM, 60_000, 400))
                                        .build())
                        .getId();
        var cookDe =
                api.creators()
                        .createCreator(
                                creator(brand, "Cook DE", "DE", "cooking")
                                        .addAccounts(account(PLATFORM_INSTAGRAM, 55_000, 400))
                                        .build())
                        .getId();

        assertEquals(
                List.of(runnerDeBig, runnerDe),
                search(
                        SearchCreatorsRequest.newBuilder()
                                .setBrandId(brand)
                                .setNiche("Running")
                                .setCountry("de")));
        assertEquals(
                List.of(runnerFr, runnerDe),
                search(
                        SearchCreatorsRequest.newBuilder()
                                .setBrandId(brand)
                                .setNiche("running")
                                .setPlatform(PLATFORM_INSTAGRAM)
                                .setMinFollowers(10_000)
                                .setMaxFollowers(100_000)));
        assertEquals(
                List.of(runnerDeBig),
                search(
                        SearchCreatorsRequest.newBuilder()
                                .setBrandId(brand)
                                .setPlatform(PLATFORM_TIKTOK)));
        // Any account within the range counts: the big runner's TikTok has 20k followers.
        assertEquals(
                List.of(cookDe, runnerFr, runnerDeBig, runnerDe),
                search(
                        SearchCreatorsRequest.newBuilder()
                                .setBrandId(brand)
                                .setMaxFollowers(100_000)));

        var page =
                api.creators()
                        .searchCreators(
                                SearchCreatorsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCountry("DE")
                                        .setPage(PageRequest.newBuilder().setPageSize(2))
                                        .build());
        var rest =
                api.creators()
                        .searchCreators(
                                SearchCreatorsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCountry("DE")
                                        .setPage(
                                                PageRequest.newBuilder()
                                                        .setPageSize(2)
                                                        .setCursor(
                                                                page.getPageInfo().getNextCursor()))
                                        .build());
        assertEquals(
                List.of(cookDe, runnerDeBig),
                page.getCreatorsList().stream().map(Creator::getId).toList());
        assertFalse(page.getPageInfo().getNextCursor().isEmpty());
        assertEquals(
                List.of(runnerDe), rest.getCreatorsList().stream().map(Creator::getId).toList());
        assertTrue(rest.getPageInfo().getNextCursor().isEmpty());
    }

    @Test
    void anUpsideDownFollowerRangeIsInvalid() {
        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.creators()
                                        .searchCreators(
                                                SearchCreatorsRequest.newBuilder()
                                                        .setBrandId(Fixtures.brandId(api))
                                                        .setMinFollowers(1000)
                                                        .setMaxFollowers(10)
                                                        .build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertEquals(
                "max_followers 10 is below min_followers 1000", error.getStatus().getDescription());
    }

    private List<String> search(SearchCreatorsRequest.Builder request) {
        return api.creators().searchCreators(request.build()).getCreatorsList().stream()
                .map(Creator::getId)
                .toList();
    }

    private void assertInvalid(
            com.creatorplatform.proto.campaign.v1.CreateCreatorRequest request, String message) {
        var error =
                assertThrows(
                        StatusRuntimeException.class, () -> api.creators().createCreator(request));
        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertEquals(message, error.getStatus().getDescription());
    }
}
