package com.creatorplatform.tracking.clicks;

import com.creatorplatform.contract.TimeOrderedUuid;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The public click redirect, {@code GET /r/{code}}: the hottest path of the platform. A known code
 * answers 302 to the link's destination with the click id appended, sets the visitor cookie and
 * queues the click, with its campaign's status, for the batch writer; it never waits on a database
 * write (only, when the writer has fallen far behind, for it to catch up). A paused or ended
 * campaign's link redirects all the same (attribution ignores its clicks). Unknown codes get a 404
 * page.
 */
@ApplicationScoped
public class RedirectRoute {

    private static final Logger LOG = Logger.getLogger(RedirectRoute.class);
    static final String VISITOR_COOKIE = "cp_vid";

    /** Longer than the longest attribution window an offer may have (365 days). */
    static final long VISITOR_COOKIE_SECONDS = 400L * 24 * 3600;

    private static final String VISITOR_COOKIE_ATTRIBUTES =
            "; Max-Age=" + VISITOR_COOKIE_SECONDS + "; Path=/; HttpOnly; SameSite=Lax";
    private static final String NOT_FOUND_PAGE =
            """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Link not found</title></head>
            <body><h1>This link does not exist</h1><p>Check the link you followed, or ask whoever shared it.</p></body></html>""";

    private final LinkDirectory links;
    private final ClickWriter clicks;
    private final KnownAgents agents = new KnownAgents(10_000);
    private final Clock clock;
    private final IpHasher ipHasher;
    private final boolean forwardedAddresses;

    RedirectRoute(
            LinkDirectory links,
            ClickWriter clicks,
            Clock clock,
            @ConfigProperty(name = "tracking.ip-hash-key") String ipHashKey,
            @ConfigProperty(
                            name = "quarkus.http.proxy.proxy-address-forwarding",
                            defaultValue = "false")
                    boolean forwardedAddresses) {
        this.links = links;
        this.clicks = clicks;
        this.clock = clock;
        this.ipHasher = new IpHasher(ipHashKey);
        this.forwardedAddresses = forwardedAddresses;
    }

    void register(@Observes Router router) {
        // Every method is routed here, so metrics always name the path /r/{code}: a method no route
        // took would be labelled with its raw path, link code and all.
        router.route("/r/:code").handler(this::redirect);
    }

    void redirect(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.GET) {
            ctx.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, "GET").end();
            return;
        }
        String code = ctx.pathParam("code");
        LinkDirectory.Resolved cached = links.cached(code);
        if (cached != null) {
            answer(ctx, cached);
            return;
        }
        Context context = Vertx.currentContext();
        links.load(code)
                .emitOn(task -> context.runOnContext(ignored -> task.run()))
                .subscribe()
                .with(
                        found ->
                                found.ifPresentOrElse(
                                        target -> answer(ctx, target), () -> notFound(ctx)),
                        failure -> {
                            LOG.errorf(failure, "could not resolve link code %s", code);
                            ctx.response()
                                    .setStatusCode(503)
                                    .putHeader(HttpHeaders.RETRY_AFTER, "1")
                                    .end();
                        });
    }

    private void answer(RoutingContext ctx, LinkDirectory.Resolved resolved) {
        LinkTarget target = resolved.link();
        var request = ctx.request();
        Instant now = clock.instant();
        long nowMillis = now.toEpochMilli();
        UUID visitor = returningVisitor(ctx);
        if (visitor == null) {
            visitor = newVisitor(ctx, nowMillis);
        }
        UUID clickId = TimeOrderedUuid.at(nowMillis);
        var click =
                new Click(
                        clickId,
                        now,
                        target,
                        resolved.campaignStatus(),
                        visitor,
                        ipHasher.hash(clientAddress(request)),
                        agents.of(request.getHeader(HttpHeaders.USER_AGENT)),
                        request.getHeader(HttpHeaders.REFERER));
        clicks.enqueue(
                click,
                () ->
                        ctx.response()
                                .setStatusCode(302)
                                .putHeader(HttpHeaders.LOCATION, target.locationFor(clickId))
                                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                                .end());
    }

    /**
     * The visitor's address: the connection's peer, unless Quarkus is told it runs behind a proxy
     * (then the request reports the forwarded address). The request's own remoteAddress() would
     * also work out the request's absolute URI (Vert.x Web's forwarded-header parser): a cost on
     * every redirect (bench/RESULTS.md), for nothing the redirect uses.
     */
    private String clientAddress(HttpServerRequest request) {
        SocketAddress address =
                forwardedAddresses ? request.remoteAddress() : request.connection().remoteAddress();
        return address == null ? null : address.host();
    }

    /**
     * The visitor's id from the cookie; null for a visitor without one (or with a malformed one).
     */
    private static UUID returningVisitor(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(VISITOR_COOKIE);
        if (cookie != null) {
            try {
                return UUID.fromString(cookie.getValue());
            } catch (IllegalArgumentException tampered) {
                // a malformed cookie is replaced
            }
        }
        return null;
    }

    /** A new visitor's id, with the cookie that carries it set. */
    private static UUID newVisitor(RoutingContext ctx, long nowMillis) {
        UUID visitor = VisitorIds.next(nowMillis);
        // The connection's own TLS flag: the request's isSSL() parses forwarding headers on every
        // call.
        boolean tls =
                ctx.request().connection().isSsl()
                        || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
        ctx.response().putHeader(HttpHeaders.SET_COOKIE, visitorCookie(visitor, tls));
        return visitor;
    }

    /**
     * The Set-Cookie value, written directly: Vert.x's cookie jar validates and re-encodes it and
     * adds an Expires date formatted per request. Max-Age alone sets the lifetime in every current
     * browser.
     */
    static String visitorCookie(UUID visitor, boolean tls) {
        return VISITOR_COOKIE + "=" + visitor + VISITOR_COOKIE_ATTRIBUTES + (tls ? "; Secure" : "");
    }

    private void notFound(RoutingContext ctx) {
        ctx.response()
                .setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end(NOT_FOUND_PAGE);
    }
}
