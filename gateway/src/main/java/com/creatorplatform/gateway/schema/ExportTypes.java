package com.creatorplatform.gateway.schema;

import com.creatorplatform.gateway.schema.ReportTypes.ReportDimension;
import com.creatorplatform.gateway.schema.ReportTypes.ReportFilterInput;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** CSV exports made in the background, as GraphQL shows them. */
public final class ExportTypes {

    private ExportTypes() {}

    @Description(
            "REPORT: the report's rows (as `report`, with the names of campaigns and creators); TRANSACTIONS: "
                    + "each order (as `transactions`); STATEMENTS: each statement of the payout runs whose month "
                    + "falls in the range (as `payoutRuns`).")
    public enum ExportKind {
        REPORT,
        TRANSACTIONS,
        STATEMENTS
    }

    @Description(
            "QUEUED (waiting for a free worker), RUNNING, READY (downloadUrl set) or FAILED (error set).")
    public enum ExportStatus {
        QUEUED,
        RUNNING,
        READY,
        FAILED
    }

    @Input("RequestExportInput")
    @Description(
            "What to export: the kind and the report filter. groupBy is for REPORT only; STATEMENTS take "
                    + "creatorIds but no campaign, post or platform filter.")
    public record RequestExportInput(
            @NonNull ExportKind kind,
            @NonNull ReportFilterInput filter,
            @DefaultValue("[]") List<@NonNull ReportDimension> groupBy) {}

    @Description(
            "Why an export failed: a code as in GraphQL errors' extensions.code, and a message.")
    public record ExportError(@NonNull String code, @NonNull String message) {}

    @Description(
            "A CSV export of the caller's brand (RFC 4180, UTF-8, money as decimal strings in major units "
                    + "beside a currency column). Kept by the gateway instance that made it until expiresAt.")
    public record ExportJob(
            @Id @NonNull String id,
            @NonNull ExportKind kind,
            @NonNull ExportStatus status,
            @Description("Rows written so far, the header not counted.") @NonNull long rowCount,
            @NonNull String fileName,
            @Description(
                            "Where a READY export is downloaded (GET, the same bearer token as for "
                                    + "/graphql), relative to the gateway's address; null until READY.")
                    String downloadUrl,
            ExportError error,
            @NonNull Instant requestedAt,
            Instant finishedAt,
            @NonNull Instant expiresAt) {}

    public record ExportJobPayload(@NonNull ExportJob job) {}
}
