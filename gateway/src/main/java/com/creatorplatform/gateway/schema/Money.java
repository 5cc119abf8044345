package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.CsvTables;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "An amount in integer minor units (cents) of an ISO 4217 currency; `amount` is the same as a decimal "
                + "string in major units, e.g. \"12.50\".")
public record Money(@NonNull long amountMinor, @NonNull String currency, @NonNull String amount) {

    public static Money of(long amountMinor, String currency) {
        return new Money(amountMinor, currency, CsvTables.majorUnits(amountMinor, currency));
    }

    public static Money of(com.creatorplatform.proto.common.v1.Money money) {
        return of(money.getAmountMinor(), money.getCurrency());
    }
}
