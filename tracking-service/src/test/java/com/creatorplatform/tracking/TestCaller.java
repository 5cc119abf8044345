package com.creatorplatform.tracking;

import com.creatorplatform.contract.testing.TestServiceIdentity;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.inject.Singleton;

/**
 * The tests' calls to tracking-service speak as the service "test" unless they name their caller.
 * Calls tracking-service makes to campaign-service keep the identity tracking-service sends itself.
 */
@Singleton
@GlobalInterceptor
public class TestCaller extends TestServiceIdentity {

    public TestCaller() {
        super(TrackingServiceGrpc.SERVICE_NAME);
    }
}
