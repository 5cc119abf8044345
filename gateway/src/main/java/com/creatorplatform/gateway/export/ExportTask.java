package com.creatorplatform.gateway.export;

import com.creatorplatform.gateway.schema.ExportTypes.ExportError;
import com.creatorplatform.gateway.schema.ExportTypes.ExportJob;
import com.creatorplatform.gateway.schema.ExportTypes.ExportKind;
import com.creatorplatform.gateway.schema.ExportTypes.ExportStatus;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One export of one brand: written by one worker thread, read by any request (hence volatile fields
 * and no locks), its file on this instance's disk.
 */
public final class ExportTask {

    /** Where a READY export is downloaded, relative to the gateway's address. */
    public static final String DOWNLOAD_PATH = "/exports/";

    final String id;
    final String brandId;
    final ExportKind kind;
    final String fileName;
    final Path file;
    final Instant requestedAt;
    final Instant expiresAt;
    private volatile ExportStatus status = ExportStatus.QUEUED;
    private volatile long rowCount;
    private volatile ExportError error;
    private volatile Instant finishedAt;

    ExportTask(
            String id,
            String brandId,
            ExportKind kind,
            String fileName,
            Path file,
            Instant requestedAt,
            Instant expiresAt) {
        this.id = id;
        this.brandId = brandId;
        this.kind = kind;
        this.fileName = fileName;
        this.file = file;
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
    }

    public ExportJob view() {
        return new ExportJob(
                id,
                kind,
                status,
                rowCount,
                fileName,
                status == ExportStatus.READY ? DOWNLOAD_PATH + id : null,
                error,
                requestedAt,
                finishedAt,
                expiresAt);
    }

    public boolean ready() {
        return status == ExportStatus.READY;
    }

    public String fileName() {
        return fileName;
    }

    public Path file() {
        return file;
    }

    boolean finished() {
        return status == ExportStatus.READY || status == ExportStatus.FAILED;
    }

    void running() {
        status = ExportStatus.RUNNING;
    }

    void wrote(long rows) {
        rowCount = rows;
    }

    void ready(Instant at) {
        finishedAt = at;
        status = ExportStatus.READY;
    }

    void failed(ExportError why, Instant at) {
        error = why;
        finishedAt = at;
        status = ExportStatus.FAILED;
    }
}
