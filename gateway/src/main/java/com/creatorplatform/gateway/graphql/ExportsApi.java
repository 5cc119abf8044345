package com.creatorplatform.gateway.graphql;

import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.export.ExportJobs;
import com.creatorplatform.gateway.export.ExportTask;
import com.creatorplatform.gateway.schema.ExportTypes.ExportJob;
import com.creatorplatform.gateway.schema.ExportTypes.ExportJobPayload;
import com.creatorplatform.gateway.schema.ExportTypes.RequestExportInput;
import com.creatorplatform.gateway.security.Caller;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** CSV exports of reports, transactions and statements, made in the background. */
@GraphQLApi
public class ExportsApi {

    private final Caller caller;
    private final ExportJobs exports;

    ExportsApi(Caller caller, ExportJobs exports) {
        this.caller = caller;
        this.exports = exports;
    }

    @Mutation
    @Description(
            "Starts a CSV export of the caller's brand and answers at once with the job (QUEUED); watch it with "
                    + "`exportJob` until READY, then GET its downloadUrl with the same token. A filter the report "
                    + "would refuse is refused here and nothing is kept. Brand users only.")
    public Uni<@NonNull ExportJobPayload> requestExport(@NonNull RequestExportInput input) {
        return exports.request(caller, input).map(task -> new ExportJobPayload(task.view()));
    }

    @Query
    @Description(
            "The caller's brand's exports the gateway keeps (each until its expiresAt), newest first.")
    public @NonNull List<@NonNull ExportJob> exportJobs() {
        return exports.list(caller.brandToRead()).stream().map(ExportTask::view).toList();
    }

    @Query
    @Description(
            "One of the caller's brand's exports, while the gateway keeps it (NOT_FOUND after expiresAt, and for "
                    + "other brands' exports).")
    public @NonNull ExportJob exportJob(@Id @NonNull String id) {
        return exports.find(caller.brandToRead(), id)
                .map(ExportTask::view)
                .orElseThrow(
                        () -> new ApiGraphQLError.NotFound("export " + id + " does not exist"));
    }
}
