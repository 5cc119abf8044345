package com.creatorplatform.tracking.client;

import com.creatorplatform.contract.identity.ServiceIdentityClientInterceptor;
import jakarta.inject.Singleton;

/** tracking-service speaks as itself to campaign-service and payout-service: registered on those clients only. */
@Singleton
public class TrackingServiceIdentity extends ServiceIdentityClientInterceptor {
}
