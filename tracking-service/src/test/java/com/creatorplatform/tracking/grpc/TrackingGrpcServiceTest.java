package com.creatorplatform.tracking.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.tracking.v1.BatchGetTrackingLinksRequest;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.TrackingLink;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Through a real gRPC client against the running service and its real database. */
@QuarkusTest
class TrackingGrpcServiceTest {

    @GrpcClient("tracking")
    TrackingServiceBlockingStub client;

    @Inject
    PgPool db;

    private final String brand = UUID.randomUUID().toString();
    private final String campaign = UUID.randomUUID().toString();
    private final String creator = UUID.randomUUID().toString();

    private TrackingLink link(String brandId, String destination) {
        return client.createTrackingLink(CreateTrackingLinkRequest.newBuilder()
                .setBrandId(brandId).setCampaignId(campaign).setCreatorId(creator).setDestinationUrl(destination).build());
    }

    private Row stored(String id) {
        return db.preparedQuery("select code, brand_id, creator_id, post_id, destination_url from tracking_link where id = $1")
                .execute(Tuple.of(UUID.fromString(id))).await().indefinitely().iterator().next();
    }

    @Test
    void createTrackingLinkStoresALinkWithAnUnguessableCode() {
        var link = link(brand, "https://shop.northwind.example/winter");
        var other = link(brand, "https://shop.northwind.example/winter");

        var row = stored(link.getId());
        assertEquals(link.getCode(), row.getString("code"));
        assertEquals(brand, row.getUUID("brand_id").toString());
        assertEquals(creator, row.getUUID("creator_id").toString());
        assertEquals(null, row.getUUID("post_id"));
        assertEquals("https://shop.northwind.example/winter", row.getString("destination_url"));
        assertTrue(link.getCode().matches("[A-Za-z0-9]{12}"), link.getCode());
        assertNotEquals(link.getCode(), other.getCode());
    }

    @Test
    void aDestinationThatIsNotAPlainHttpUrlIsRefusedAndNothingIsStored() {
        for (String bad : List.of("javascript:alert(1)", "https://brand.example@evil.example/", "/relative")) {
            var error = assertThrows(StatusRuntimeException.class, () -> link(brand, bad));
            assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode(), bad);
        }
        long count = db.preparedQuery("select count(*) from tracking_link where brand_id = $1")
                .execute(Tuple.of(UUID.fromString(brand))).await().indefinitely().iterator().next().getLong(0);
        assertEquals(0L, count);
    }

    @Test
    void batchGetReturnsOnlyTheCallersBrandsLinksInTheOrderAsked() {
        var first = link(brand, "https://a.example/1");
        var second = link(brand, "https://a.example/2");
        var foreign = link(UUID.randomUUID().toString(), "https://a.example/3");

        var found = client.batchGetTrackingLinks(BatchGetTrackingLinksRequest.newBuilder().setBrandId(brand)
                .addAllIds(List.of(second.getId(), foreign.getId(), first.getId())).build()).getLinksList();

        assertEquals(List.of(second.getId(), first.getId()), found.stream().map(TrackingLink::getId).toList());
    }
}
