package com.creatorplatform.payout;

import com.creatorplatform.contract.testing.TestServiceIdentity;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.inject.Singleton;

/** The tests' calls to payout-service speak as the service "test" unless they name their caller. */
@Singleton
@GlobalInterceptor
public class TestCaller extends TestServiceIdentity {

    public TestCaller() {
        super(PayoutServiceGrpc.SERVICE_NAME);
    }
}
