package com.creatorplatform.tracking.grpc;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.tracking.support.StoredClicks;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With campaign-service unreachable: no link is made unchecked, and the redirect keeps working. */
@QuarkusTest
@TestProfile(CampaignServiceDownTest.WithoutCampaignService.class)
class CampaignServiceDownTest {

    /** campaign-service's address is a port nobody listens on. */
    public static class WithoutCampaignService implements QuarkusTestProfile {

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            String port = String.valueOf(unusedPort());
            return Map.of(
                    "quarkus.grpc.clients.campaign.port",
                    port,
                    "quarkus.grpc.clients.campaign.test-port",
                    port);
        }

        private static int unusedPort() {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @GrpcClient("tracking")
    TrackingServiceBlockingStub tracking;

    @Inject Pool db;

    private final UUID brand = UUID.randomUUID();

    @Test
    void aLinkIsRefusedAsUnavailableAndNothingIsStored() {
        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                tracking.createTrackingLink(
                                        CreateTrackingLinkRequest.newBuilder()
                                                .setBrandId(brand.toString())
                                                .setCampaignId(UUID.randomUUID().toString())
                                                .setCreatorId(UUID.randomUUID().toString())
                                                .setDestinationUrl(
                                                        "https://shop.northwind.example/winter")
                                                .build()));

        assertEquals(Status.Code.UNAVAILABLE, error.getStatus().getCode());
        assertEquals(
                "campaign-service could not tell the brand's allowed domains; try again shortly",
                error.getStatus().getDescription());
        assertEquals(
                0L,
                db.preparedQuery("select count(*) from tracking_link where brand_id = $1")
                        .execute(Tuple.of(brand))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0));
    }

    @Test
    void theRedirectStillAnswers_andItsClickCountsAsBillableWithAnUnknownCampaignStatus()
            throws InterruptedException {
        UUID link = UUID.randomUUID();
        String code = "Down" + link.toString().replace("-", "").substring(0, 10);
        db.preparedQuery(
                        "insert into tracking_link (id, code, brand_id, campaign_id, creator_id, destination_url, redirect_url,"
                                + " created_at) values ($1, $2, $3, $4, $5, $6, $6, $7)")
                .execute(
                        Tuple.tuple()
                                .addUUID(link)
                                .addString(code)
                                .addUUID(brand)
                                .addUUID(UUID.randomUUID())
                                .addUUID(UUID.randomUUID())
                                .addString("https://shop.northwind.example/")
                                .addOffsetDateTime(OffsetDateTime.now()))
                .await()
                .indefinitely();

        given().redirects()
                .follow(false)
                .header("User-Agent", "Mozilla/5.0 (iPhone) Safari/604.1")
                .get("/r/" + code)
                .then()
                .statusCode(302);

        assertEquals(
                "UNKNOWN",
                StoredClicks.of(db, link.toString(), 1).get(0).getString("campaign_status"));
    }
}
