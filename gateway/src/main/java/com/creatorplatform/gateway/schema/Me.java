package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "The signed-in creator: their invitations, campaigns and posts. Always the token's own creator.")
public record Me(@Id @NonNull String creatorId) {}
