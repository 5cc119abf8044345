package com.creatorplatform.gateway.client;

import com.creatorplatform.contract.identity.ServiceAccountClientInterceptor;
import jakarta.inject.Singleton;

/**
 * The gateway's own service account, for the one thing a visitor without a token may ask: redeeming
 * an invitation link. Registered on that stub only; every other call carries the user's token.
 */
@Singleton
public class GatewayIdentity extends ServiceAccountClientInterceptor {}
