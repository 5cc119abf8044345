package com.creatorplatform.gateway.security;

import static com.creatorplatform.contract.identity.CallerClaims.BRAND_ADMIN;
import static com.creatorplatform.contract.identity.CallerClaims.BRAND_VIEWER;
import static com.creatorplatform.contract.identity.CallerClaims.CREATOR;

import com.creatorplatform.contract.Echo;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, read from the Keycloak access token: their roles and the brand or creator their
 * account belongs to (the brand_id / creator_id claims). Every resolver asks this class for the
 * scope it may act in, so the tenancy rule lives here once. The role names are the ones the
 * services read from the same token ({@code CallerClaims}).
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The caller of a request outside GraphQL (a download), by the identity its token proved. */
    public static Caller of(SecurityIdentity identity) {
        return new Caller(identity, (JsonWebToken) identity.getPrincipal());
    }

    /**
     * This caller held beyond the request (an export job): a copy of the identity, not the
     * request's, so the same rules and token apply once the request has ended.
     */
    public Caller detached() {
        return of(QuarkusSecurityIdentity.builder(identity).build());
    }

    /** The brand a brand admin or viewer may read. */
    public String brandToRead() {
        if (!identity.hasRole(BRAND_ADMIN) && !identity.hasRole(BRAND_VIEWER)) {
            throw new ApiGraphQLError.Forbidden("only brand users can read brand data");
        }
        return brandClaim();
    }

    /** The brand a brand admin may change. */
    public String brandToWrite() {
        if (!identity.hasRole(BRAND_ADMIN)) {
            throw new ApiGraphQLError.Forbidden("only a brand admin can change brand data");
        }
        return brandClaim();
    }

    /**
     * The brand whose API keys a signed-in brand admin may make or revoke: a key's own token may
     * not (a key cannot widen itself or outlive its revocation through another).
     */
    public String brandToManageKeys() {
        if (token.getClaim(ApiKeyTokens.KEY_CLAIM) != null) {
            throw new ApiGraphQLError.Forbidden("an API key cannot manage API keys");
        }
        return brandToWrite();
    }

    /**
     * The creator records a signed-in creator is: always their token's creator_id claim, never an
     * id sent in a request, so a creator can only ever act as and read themselves. The one place
     * the gateway reads the claim. Today it holds one id; a creator working with several brands has
     * one creator record per brand, and their token lists them all under the same claim.
     */
    public List<String> creatorIds() {
        if (!identity.hasRole(CREATOR)) {
            throw new ApiGraphQLError.Forbidden("only a creator can do this");
        }
        List<String> ids = idsOf(token.getClaim("creator_id"));
        if (ids.isEmpty()) {
            throw new ApiGraphQLError.Forbidden("this account belongs to no creator");
        }
        return ids;
    }

    /**
     * The view in which records related to a result of the brand are read for this caller: a
     * creator's through the record {@code creatorId} the result belongs to (theirs, or it would not
     * have been answered), a brand's whole.
     */
    public ReadScope scopeOf(String brandId, String creatorId) {
        return identity.hasRole(CREATOR)
                ? new ReadScope(brandId, creatorId)
                : ReadScope.brand(brandId);
    }

    /**
     * One of the caller's creator records, for what is read one record at a time (a page of
     * statements, memberships or posts): the one named, or the only one. Naming another creator is
     * FORBIDDEN; naming none when there are several is INVALID_ARGUMENT.
     */
    public String creatorToRead(String named) {
        List<String> own = creatorIds();
        if (named == null) {
            if (own.size() > 1) {
                throw new ApiGraphQLError.InvalidArgument(
                        "this account has "
                                + own.size()
                                + " creator records ("
                                + String.join(", ", own)
                                + "): name one with creatorId");
            }
            return own.get(0);
        }
        if (!own.contains(named.trim())) {
            throw new ApiGraphQLError.Forbidden(
                    "creator " + Echo.of(named) + " is not this account's");
        }
        return named.trim();
    }

    /** A creator_id claim's ids: one text, or a list of them; blanks and repeats left out. */
    static List<String> idsOf(Object claim) {
        Stream<?> values =
                claim instanceof Collection<?> many
                        ? many.stream()
                        : claim == null ? Stream.empty() : Stream.of(claim);
        return values.map(value -> value instanceof JsonString text ? text.getString() : value)
                .filter(Objects::nonNull)
                .map(value -> value.toString().trim())
                .filter(id -> !id.isEmpty())
                .distinct()
                .toList();
    }

    /**
     * The caller's own access token, forwarded on every gRPC call: each service verifies it and
     * checks every brand_id and creator_id it receives against the brand or creator it names.
     */
    public String accessToken() {
        return token.getRawToken();
    }

    /** How the caller is named in audit fields (e.g. who made an adjustment). */
    public String name() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    private String brandClaim() {
        String brandId = token.getClaim("brand_id");
        if (brandId == null || brandId.isBlank()) {
            throw new ApiGraphQLError.Forbidden("this account belongs to no brand");
        }
        return brandId;
    }
}
