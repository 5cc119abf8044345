package com.creatorplatform.campaign;

import com.creatorplatform.contract.testing.TestServiceIdentity;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.inject.Singleton;

/**
 * The tests' calls to campaign-service speak as the service "test" unless they name their caller.
 */
@Singleton
@GlobalInterceptor
public class TestCaller extends TestServiceIdentity {

    public TestCaller() {
        super(CampaignServiceGrpc.SERVICE_NAME);
    }
}
