package com.creatorplatform.gateway.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.PlatformServices.Service;
import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an operator relies on, for each running service: health over HTTP and gRPC, reflection,
 * metrics.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
class ServicesOperabilityTest {

    static List<Service> services() {
        return List.of(
                PlatformServices.CAMPAIGN, PlatformServices.TRACKING, PlatformServices.PAYOUT);
    }

    static String grpcServiceName(Service service) {
        String area = service.client();
        return "creatorplatform."
                + area
                + ".v1."
                + Character.toUpperCase(area.charAt(0))
                + area.substring(1)
                + "Service";
    }

    @ParameterizedTest
    @MethodSource("services")
    void readinessAndMetricsAreExposedOnTheManagementPortOnly(Service service) {
        String management = "http://127.0.0.1:" + service.managementPort();
        List<String> checks =
                given().get(management + "/q/health/ready")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("checks.name");
        // tracking-service's redirect never waits on the database: its readiness leaves it out, so
        // a
        // PostgreSQL outage keeps its pods in the Service (ADR 0062).
        assertEquals(
                !service.equals(PlatformServices.TRACKING),
                checks.contains("Reactive PostgreSQL connections health check"),
                service + " readiness checks " + checks);
        given().get(management + "/q/health/live").then().statusCode(200);
        String metrics =
                given().get(management + "/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "Prometheus metrics");

        String publicPort = "http://127.0.0.1:" + service.httpPort();
        given().get(publicPort + "/q/metrics").then().statusCode(404);
        given().get(publicPort + "/q/health/ready").then().statusCode(404);
    }

    @ParameterizedTest
    @MethodSource("services")
    void grpcHealthSaysServingAndReflectionListsTheContract(Service service) throws Exception {
        ManagedChannel channel =
                ManagedChannelBuilder.forAddress("127.0.0.1", service.grpcPort())
                        .usePlaintext()
                        .build();
        try {
            var health =
                    HealthGrpc.newBlockingStub(channel)
                            .check(HealthCheckRequest.newBuilder().build());
            assertEquals(ServingStatus.SERVING, health.getStatus());

            var listed = new CompletableFuture<List<String>>();
            var requests =
                    ServerReflectionGrpc.newStub(channel)
                            .serverReflectionInfo(
                                    new StreamObserver<>() {
                                        @Override
                                        public void onNext(ServerReflectionResponse response) {
                                            listed.complete(
                                                    response
                                                            .getListServicesResponse()
                                                            .getServiceList()
                                                            .stream()
                                                            .map(s -> s.getName())
                                                            .toList());
                                        }

                                        @Override
                                        public void onError(Throwable t) {
                                            listed.completeExceptionally(t);
                                        }

                                        @Override
                                        public void onCompleted() {}
                                    });
            requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
            requests.onCompleted();
            assertTrue(
                    listed.get(10, TimeUnit.SECONDS).contains(grpcServiceName(service)),
                    listed.get().toString());
        } finally {
            channel.shutdownNow();
        }
    }
}
