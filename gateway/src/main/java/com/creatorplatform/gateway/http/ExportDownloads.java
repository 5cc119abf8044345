package com.creatorplatform.gateway.http;

import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.error.RequestErrors;
import com.creatorplatform.gateway.export.ExportJobs;
import com.creatorplatform.gateway.export.ExportTask;
import com.creatorplatform.gateway.security.Caller;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * GET /exports/{id}: a READY export's file, to a user of the brand that asked for it, with the same
 * bearer token as for /graphql. Refusals are JSON with a code, as GraphQL errors are: 401
 * UNAUTHENTICATED without a token, 403 FORBIDDEN for a caller of no brand, 404 NOT_FOUND for an
 * unknown, expired or other brand's export, 409 FAILED_PRECONDITION while it is not READY.
 */
@ApplicationScoped
class ExportDownloads {

    private final ExportJobs exports;

    ExportDownloads(ExportJobs exports) {
        this.exports = exports;
    }

    void routes(@Observes Router router) {
        router.get(ExportTask.DOWNLOAD_PATH + ":id").handler(this::download);
    }

    private void download(RoutingContext context) {
        String id = context.pathParam("id");
        if (!(context.user() instanceof QuarkusHttpUser user)
                || user.getSecurityIdentity().isAnonymous()) {
            refuse(context, 401, RequestErrors.UNAUTHENTICATED, "a bearer token is required");
            return;
        }
        String brandId;
        try {
            brandId = Caller.of(user.getSecurityIdentity()).brandToRead();
        } catch (ApiGraphQLError.Forbidden e) {
            refuse(context, 403, "FORBIDDEN", e.getMessage());
            return;
        }
        var task = exports.find(brandId, id).orElse(null);
        if (task == null) {
            refuse(context, 404, "NOT_FOUND", "export " + id + " does not exist");
        } else if (!task.ready()) {
            refuse(
                    context,
                    409,
                    "FAILED_PRECONDITION",
                    "export " + id + " is " + task.view().status() + ", not READY");
        } else {
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
                    .putHeader(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"" + task.fileName() + "\"")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .sendFile(task.file().toString());
        }
    }

    private static void refuse(RoutingContext context, int status, String code, String message) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, GraphQLHttp.JSON + "; charset=utf-8")
                .end(
                        new JsonObject()
                                .put(
                                        "errors",
                                        new JsonArray()
                                                .add(
                                                        RequestErrors.error(code, message)
                                                                .toSpecification()))
                                .encode());
    }
}
