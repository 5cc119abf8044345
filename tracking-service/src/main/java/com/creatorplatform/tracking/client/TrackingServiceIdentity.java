package com.creatorplatform.tracking.client;

import com.creatorplatform.contract.identity.ServiceAccountClientInterceptor;
import jakarta.inject.Singleton;

/**
 * tracking-service calls campaign-service and payout-service as its own service account: registered
 * on those clients only.
 */
@Singleton
public class TrackingServiceIdentity extends ServiceAccountClientInterceptor {}
