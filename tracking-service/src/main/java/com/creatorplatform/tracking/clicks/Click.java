package com.creatorplatform.tracking.clicks;

import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;

/**
 * One click as the redirect saw it, waiting to be written; {@code campaignStatus} is the link's
 * campaign's status then, {@code ipHash} the 16-byte keyed hash of the visitor's address (see
 * {@link IpHasher}); whether it is unique is decided when it is stored ({@link UniqueClicks}).
 *
 * <p>Ids, time and hash are kept as plain numbers in this one object rather than in UUID, Instant
 * and array objects of their own: queued clicks are what the garbage collector copies on every
 * young collection while the writer catches up, and the cost of that copy grows with the number of
 * objects, not only their bytes.
 */
public final class Click {

    private final long idHigh;
    private final long idLow;
    private final long epochMicros;
    private final LinkTarget link;
    private final CampaignStatus campaignStatus;
    private final long visitorHigh;
    private final long visitorLow;
    private final long ipHashHigh;
    private final long ipHashLow;
    private final UserAgent userAgent;
    private final String referrer;
    // Decided by the writer when it stores the click's batch (UniqueClicks), not by the redirect.
    private boolean unique;

    public Click(
            UUID id,
            Instant at,
            LinkTarget link,
            CampaignStatus campaignStatus,
            UUID visitorId,
            byte[] ipHash,
            UserAgent userAgent,
            String referrer) {
        if (ipHash.length != IpHasher.BYTES) {
            throw new IllegalArgumentException(
                    "an IP hash has " + IpHasher.BYTES + " bytes, not " + ipHash.length);
        }
        this.idHigh = id.getMostSignificantBits();
        this.idLow = id.getLeastSignificantBits();
        this.epochMicros = micros(at);
        this.link = link;
        this.campaignStatus = campaignStatus;
        this.visitorHigh = visitorId.getMostSignificantBits();
        this.visitorLow = visitorId.getLeastSignificantBits();
        var hash = ByteBuffer.wrap(ipHash);
        this.ipHashHigh = hash.getLong();
        this.ipHashLow = hash.getLong();
        this.userAgent = userAgent;
        this.referrer = referrer;
    }

    public UUID id() {
        return new UUID(idHigh, idLow);
    }

    public UUID visitorId() {
        return new UUID(visitorHigh, visitorLow);
    }

    /** An instant to the microsecond since the epoch, as the database keeps times. */
    static long micros(Instant at) {
        return Math.addExact(
                Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    /** When it was clicked, to the microsecond (as the database keeps it). */
    public long epochMicros() {
        return epochMicros;
    }

    public LinkTarget link() {
        return link;
    }

    public CampaignStatus campaignStatus() {
        return campaignStatus;
    }

    public UserAgent userAgent() {
        return userAgent;
    }

    public String referrer() {
        return referrer;
    }

    /** Whether it is its visitor's first click on the link in its hour; false until stored. */
    public boolean unique() {
        return unique;
    }

    void unique(boolean unique) {
        this.unique = unique;
    }

    public boolean bot() {
        return userAgent.bot();
    }

    /** Writes the id's 16 bytes (as the database's uuid). */
    void putId(ByteBuffer into) {
        into.putLong(idHigh).putLong(idLow);
    }

    void putVisitorId(ByteBuffer into) {
        into.putLong(visitorHigh).putLong(visitorLow);
    }

    void putIpHash(ByteBuffer into) {
        into.putLong(ipHashHigh).putLong(ipHashLow);
    }
}
