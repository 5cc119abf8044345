package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The brand's API keys and their audit log as GraphQL shows them (ADR 0054). */
public final class ApiKeyTypes {

    private ApiKeyTypes() {}

    @Type("ApiKey")
    @Description(
            "A key the brand's own systems use the API with: a Keycloak client whose tokens (client credentials)"
                    + " go to /graphql as a person's would. The secret is never shown again.")
    public record ApiKey(
            @NonNull @Id String id,
            @NonNull String name,
            @NonNull @Description("read, write (also reads) or orders.")
                    List<@NonNull String> scopes,
            @NonNull @Description("The client id the key's system asks Keycloak for tokens as.")
                    String clientId,
            @NonNull @Description("The secret's first characters, to recognise it.")
                    String secretPrefix,
            @NonNull Instant createdAt,
            @Description("When the key was revoked; null while it is active.") Instant revokedAt) {

        public static ApiKey from(com.creatorplatform.proto.campaign.v1.ApiKey key) {
            return new ApiKey(
                    key.getId(),
                    key.getName(),
                    List.copyOf(key.getScopesList()),
                    key.getClientId(),
                    key.getSecretPrefix(),
                    WireTypes.instant(key.getCreatedAt()),
                    key.hasRevokedAt() ? WireTypes.instant(key.getRevokedAt()) : null);
        }
    }

    @Input("CreateApiKeyInput")
    public record CreateApiKeyInput(
            @NonNull @Description("1 to 80 characters, for the brand to tell its keys apart.")
                    String name,
            @NonNull
                    @Description(
                            "Any of read, write (also reads); or orders alone (reports orders to"
                                    + " tracking-service over gRPC as a service account of the brand).")
                    List<@NonNull String> scopes) {}

    @Type("CreateApiKeyPayload")
    public record CreateApiKeyPayload(
            @NonNull ApiKey key,
            @NonNull @Description("The key's client id (as key.clientId).") String clientId,
            @NonNull
                    @Description(
                            "The client secret, shown only here: exchange it with clientId for tokens at"
                                    + " Keycloak's token endpoint (grant_type=client_credentials).")
                    String clientSecret) {}

    @Type("ApiKeyUse")
    @Description("One request made with a key, as the gateway saw it.")
    public record ApiKeyUse(
            @NonNull @Id String id,
            @NonNull @Id String keyId,
            @NonNull @Description("The operation's name; empty for an unnamed one.")
                    String operation,
            @NonNull
                    @Description(
                            "The root fields the request selected (none when it was refused before it"
                                    + " ran).")
                    List<@NonNull String> rootFields,
            @NonNull
                    @Description(
                            "OK, or the first error's code (FORBIDDEN, UNAUTHENTICATED for a revoked key,"
                                    + " …).")
                    String outcome,
            @NonNull Instant usedAt) {

        public static ApiKeyUse from(com.creatorplatform.proto.campaign.v1.ApiKeyUse use) {
            return new ApiKeyUse(
                    use.getId(),
                    use.getKeyId(),
                    use.getOperation(),
                    List.copyOf(use.getRootFieldsList()),
                    use.getOutcome(),
                    WireTypes.instant(use.getUsedAt()));
        }
    }

    /** A page of key uses, newest first; pass pageInfo.endCursor as `after` for the next one. */
    @Type("ApiKeyUseConnection")
    public record ApiKeyUseConnection(
            @NonNull List<@NonNull ApiKeyUse> nodes, @NonNull PageInfo pageInfo) {}
}
