package com.creatorplatform.gateway.export;

import com.creatorplatform.contract.CsvTables;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.client.PayoutClient;
import com.creatorplatform.gateway.client.TrackingClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.error.RequestErrors;
import com.creatorplatform.gateway.schema.ExportTypes.ExportError;
import com.creatorplatform.gateway.schema.ExportTypes.ExportKind;
import com.creatorplatform.gateway.schema.ExportTypes.RequestExportInput;
import com.creatorplatform.gateway.schema.ReportTypes.ReportDimension;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.creatorplatform.proto.tracking.v1.ListTransactionDetailsRequest;
import com.creatorplatform.proto.tracking.v1.ReportFilter;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * CSV exports made in the background and kept by this gateway instance, in files, within fixed
 * limits (docs/adr/0051-exports-as-gateway-jobs.md): at most {@code max-rows} rows an export, at
 * most {@code kept} exports (the oldest finished dropped first), each for {@code keep-for}, run by
 * {@code workers} threads, at most {@code pending-per-brand} waiting or running for one brand. A
 * job reads the services with its requester's token, held for its duration.
 */
@ApplicationScoped
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class);

    private final TrackingClient tracking;
    private final PayoutClient payouts;
    private final CampaignClient campaigns;
    private final Path directory;
    private final long maxRows;
    private final int kept;
    private final Duration keepFor;
    private final int pendingPerBrand;
    private final ExecutorService workers;
    private final Map<String, ExportTask> tasks = new ConcurrentHashMap<>();

    ExportJobs(
            TrackingClient tracking,
            PayoutClient payouts,
            CampaignClient campaigns,
            @ConfigProperty(name = "platform.exports.directory") Path directory,
            @ConfigProperty(name = "platform.exports.max-rows") long maxRows,
            @ConfigProperty(name = "platform.exports.kept") int kept,
            @ConfigProperty(name = "platform.exports.keep-for") Duration keepFor,
            @ConfigProperty(name = "platform.exports.workers") int workers,
            @ConfigProperty(name = "platform.exports.pending-per-brand") int pendingPerBrand) {
        this.tracking = tracking;
        this.payouts = payouts;
        this.campaigns = campaigns;
        this.directory = directory;
        this.maxRows = maxRows;
        this.kept = kept;
        this.keepFor = keepFor;
        this.pendingPerBrand = pendingPerBrand;
        this.workers =
                Executors.newFixedThreadPool(
                        workers,
                        work -> {
                            var thread = new Thread(work, "export-worker");
                            thread.setDaemon(true);
                            return thread;
                        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * Checks the request (tracking-service reads one order with the same filter, so any filter it
     * would refuse is refused here, before anything is kept), then queues the export.
     */
    public Uni<ExportTask> request(Caller caller, RequestExportInput input) {
        String brandId = caller.brandToRead();
        ReportFilter filter = input.filter().toProto(brandId);
        List<ReportDimension> groupBy = input.groupBy() == null ? List.of() : input.groupBy();
        if (input.filter().from().isAfter(input.filter().to())) {
            throw new ApiGraphQLError.InvalidArgument(
                    "filter.from ("
                            + input.filter().from()
                            + ") is after filter.to ("
                            + input.filter().to()
                            + ")");
        }
        if (input.kind() != ExportKind.REPORT && !groupBy.isEmpty()) {
            throw new ApiGraphQLError.InvalidArgument("groupBy is for REPORT exports only");
        }
        Uni<?> checked;
        if (input.kind() == ExportKind.STATEMENTS) {
            if (filter.getCampaignIdsCount() + filter.getPostIdsCount() + filter.getPlatformsCount()
                    > 0) {
                throw new ApiGraphQLError.InvalidArgument(
                        "STATEMENTS are per creator: filter them by creatorIds and months only");
            }
            checked = Uni.createFrom().voidItem();
        } else {
            checked =
                    tracking.transactions(
                            ListTransactionDetailsRequest.newBuilder()
                                    .setFilter(filter)
                                    .setPage(PageRequest.newBuilder().setPageSize(1))
                                    .build());
        }
        Caller held = caller.detached();
        return checked.map(
                ok -> queue(brandId, input, table(held, brandId, input, filter, groupBy)));
    }

    /** The brand's export, while this instance keeps it; another brand's is not found either. */
    public Optional<ExportTask> find(String brandId, String id) {
        forgetExpired();
        return Optional.ofNullable(tasks.get(id)).filter(task -> task.brandId.equals(brandId));
    }

    /** The brand's exports this instance keeps, newest first. */
    public List<ExportTask> list(String brandId) {
        forgetExpired();
        return tasks.values().stream()
                .filter(task -> task.brandId.equals(brandId))
                .sorted(Comparator.comparing((ExportTask t) -> t.requestedAt).reversed())
                .toList();
    }

    private ExportTable table(
            Caller held,
            String brandId,
            RequestExportInput input,
            ReportFilter filter,
            List<ReportDimension> groupBy) {
        var names = new NameBook(campaigns.actingFor(held), brandId);
        return switch (input.kind()) {
            case REPORT ->
                    new ReportTable(
                            tracking.actingFor(held),
                            names,
                            filter,
                            groupBy.stream().map(ReportDimension::toProto).toList());
            case TRANSACTIONS -> new TransactionTable(tracking.actingFor(held), names, filter);
            case STATEMENTS ->
                    new StatementTable(
                            payouts.actingFor(held),
                            names,
                            brandId,
                            YearMonth.from(input.filter().from()),
                            YearMonth.from(input.filter().to()),
                            new HashSet<>(filter.getCreatorIdsList()));
        };
    }

    private synchronized ExportTask queue(
            String brandId, RequestExportInput input, ExportTable table) {
        forgetExpired();
        long pending =
                tasks.values().stream()
                        .filter(t -> t.brandId.equals(brandId) && !t.finished())
                        .count();
        if (pending >= pendingPerBrand) {
            throw new ApiGraphQLError.FailedPrecondition(
                    pending
                            + " exports of this brand are still being made: wait for one to finish");
        }
        while (tasks.size() >= kept) {
            var oldest =
                    tasks.values().stream()
                            .filter(ExportTask::finished)
                            .min(Comparator.comparing(t -> t.requestedAt))
                            .orElseThrow(
                                    () ->
                                            new ApiGraphQLError.FailedPrecondition(
                                                    "this gateway is making "
                                                            + tasks.size()
                                                            + " exports: try again shortly"));
            forget(oldest);
        }
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        var task =
                new ExportTask(
                        id,
                        brandId,
                        input.kind(),
                        input.kind().name().toLowerCase()
                                + "-"
                                + input.filter().from()
                                + "-"
                                + input.filter().to()
                                + ".csv",
                        directory.resolve(id + ".csv"),
                        now,
                        now.plus(keepFor));
        tasks.put(id, task);
        workers.execute(() -> run(task, table));
        return task;
    }

    private void run(ExportTask task, ExportTable table) {
        task.running();
        try {
            Files.createDirectories(directory);
            try (var out = Files.newBufferedWriter(task.file, StandardCharsets.UTF_8);
                    var printer = CsvTables.printer(out, table.header())) {
                long[] rows = {0};
                table.write(
                        cells -> {
                            if (rows[0] == maxRows) {
                                throw new TooManyRows();
                            }
                            try {
                                printer.printRecord(cells);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            task.wrote(++rows[0]);
                        });
            }
            task.ready(Instant.now());
        } catch (TooManyRows e) {
            fail(
                    task,
                    new ExportError(
                            RequestErrors.LIMIT_EXCEEDED,
                            "more than "
                                    + maxRows
                                    + " rows: narrow the dates or filter by campaigns or creators"));
        } catch (ApiGraphQLError e) {
            fail(
                    task,
                    new ExportError(
                            e.getClass().getAnnotation(ErrorCode.class).value(), e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "export %s failed", task.id);
            fail(task, new ExportError("INTERNAL", "the export failed"));
        }
    }

    private void fail(ExportTask task, ExportError why) {
        deleteFile(task);
        task.failed(why, Instant.now());
    }

    private void forgetExpired() {
        Instant now = Instant.now();
        tasks.values().stream()
                .filter(t -> t.finished() && t.expiresAt.isBefore(now))
                .toList()
                .forEach(this::forget);
    }

    private void forget(ExportTask task) {
        tasks.remove(task.id);
        deleteFile(task);
    }

    private static void deleteFile(ExportTask task) {
        try {
            Files.deleteIfExists(task.file);
        } catch (IOException e) {
            LOG.warnf(e, "could not delete export file %s", task.file);
        }
    }

    /** The row limit reached: the export stops there. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
