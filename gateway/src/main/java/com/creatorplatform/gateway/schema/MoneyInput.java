package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MoneyInput")
public record MoneyInput(@NonNull long amountMinor, @NonNull String currency) {

    public com.creatorplatform.proto.common.v1.Money toProto() {
        return com.creatorplatform.proto.common.v1.Money.newBuilder()
                .setAmountMinor(amountMinor)
                .setCurrency(currency)
                .build();
    }
}
