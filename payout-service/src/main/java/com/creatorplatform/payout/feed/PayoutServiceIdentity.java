package com.creatorplatform.payout.feed;

import com.creatorplatform.contract.identity.ServiceAccountClientInterceptor;
import jakarta.inject.Singleton;

/**
 * payout-service calls campaign-service as its own service account: registered on that client only.
 */
@Singleton
public class PayoutServiceIdentity extends ServiceAccountClientInterceptor {}
