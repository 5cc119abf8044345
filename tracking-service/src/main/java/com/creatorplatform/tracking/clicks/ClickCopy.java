package com.creatorplatform.tracking.clicks;

import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Clicks as rows of PostgreSQL's binary COPY format: the cheapest way to hand the database many
 * rows (no statement to plan, no parameter arrays to unpack, rows written into the table's pages
 * many at a time). On the click table with its two indexes it costs the database about half of what
 * the same rows cost through {@code INSERT … SELECT FROM unnest(…)} (figures: bench/RESULTS.md,
 * click storage).
 */
final class ClickCopy {

    private static final String COLUMNS =
            "id, clicked_at, link_id, visitor_id, ip_hash, is_bot, is_unique, campaign_status, user_agent_id, referrer";
    private static final String COPY = "copy click (" + COLUMNS + ") from stdin (format binary)";
    private static final short FIELDS = 10;
    private static final byte[] SIGNATURE = {
        'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0
    };
    private static final byte[][] STATUS_NAMES =
            Arrays.stream(CampaignStatus.values())
                    .map(status -> status.name().getBytes(StandardCharsets.UTF_8))
                    .toArray(byte[][]::new);

    /** PostgreSQL counts timestamps in microseconds from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800L * 1_000_000L;

    private ClickCopy() {}

    /** Copies the clicks into the click table over the connection's COPY protocol. */
    static void copy(PGConnection connection, List<Click> clicks) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn(COPY);
        try {
            var rows = new Rows(copy);
            rows.header();
            for (Click click : clicks) {
                rows.row(click);
            }
            rows.end();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /**
     * Rows encoded straight into one buffer that goes to the connection whenever it is full: the
     * driver's own stream costs a synchronised call for every field.
     */
    private static final class Rows {

        private static final int CHUNK = 1 << 16;
        private final CopyIn copy;
        private ByteBuffer buffer = ByteBuffer.allocate(CHUNK);

        Rows(CopyIn copy) {
            this.copy = copy;
        }

        void header() throws SQLException {
            room(SIGNATURE.length + 8);
            buffer.put(SIGNATURE).putInt(0).putInt(0); // flags, header extension length
        }

        void row(Click click) throws SQLException {
            byte[] referrer = bytes(click.referrer());
            byte[] status = STATUS_NAMES[click.campaignStatus().ordinal()];
            room(
                    2
                            + FIELDS * 4
                            + 3 * 16
                            + 8
                            + IpHasher.BYTES
                            + 2
                            + length(status)
                            + 8
                            + length(referrer));
            buffer.putShort(FIELDS);
            buffer.putInt(16);
            click.putId(buffer);
            buffer.putInt(8).putLong(click.epochMicros() - POSTGRES_EPOCH_MICROS);
            uuid(click.link().linkId());
            buffer.putInt(16);
            click.putVisitorId(buffer);
            buffer.putInt(IpHasher.BYTES);
            click.putIpHash(buffer);
            bool(click.bot());
            bool(click.unique());
            variable(status);
            UserAgent agent = click.userAgent();
            if (agent.text() == null) {
                buffer.putInt(-1);
            } else {
                buffer.putInt(8).putLong(agent.id());
            }
            variable(referrer);
        }

        void end() throws SQLException {
            room(2);
            buffer.putShort((short) -1);
            flush();
        }

        private void uuid(UUID value) {
            if (value == null) {
                buffer.putInt(-1);
            } else {
                buffer.putInt(16)
                        .putLong(value.getMostSignificantBits())
                        .putLong(value.getLeastSignificantBits());
            }
        }

        private void variable(byte[] value) {
            if (value == null) {
                buffer.putInt(-1);
            } else {
                buffer.putInt(value.length).put(value);
            }
        }

        private void bool(boolean value) {
            buffer.putInt(1).put((byte) (value ? 1 : 0));
        }

        /**
         * Makes room for {@code bytes} more, sending what is buffered first when it does not fit.
         */
        private void room(int bytes) throws SQLException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            flush();
            if (buffer.capacity() < bytes) {
                buffer = ByteBuffer.allocate(bytes);
            }
        }

        private void flush() throws SQLException {
            copy.writeToCopy(buffer.array(), 0, buffer.position());
            buffer.clear();
        }

        private static byte[] bytes(String value) {
            return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
        }

        private static int length(byte[] value) {
            return value == null ? 0 : value.length;
        }
    }
}
