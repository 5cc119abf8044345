package com.creatorplatform.payout.feed;

import com.creatorplatform.contract.identity.ServiceIdentityClientInterceptor;
import jakarta.inject.Singleton;

/** payout-service speaks as itself to campaign-service: registered on that client only. */
@Singleton
public class PayoutServiceIdentity extends ServiceIdentityClientInterceptor {
}
