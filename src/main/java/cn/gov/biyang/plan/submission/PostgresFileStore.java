package cn.gov.biyang.plan.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps file contents in PostgreSQL as 1 MiB {@code bytea} chunks: writing and reading hold one chunk at a time, so a
 * 100 MB file costs the same memory as a small one, and it stays inside the caller's transaction (a refused or failed
 * upload leaves nothing behind). Plain rows rather than large objects: they are dumped, restored and deleted like any
 * other table, with no orphan clean-up.
 */
@Component
class PostgresFileStore implements FileStore {

    static final int CHUNK = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PostgresFileStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String put(InputStream content, long size, String sha256) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into stored_file (id, size_bytes, sha256, created_at) values (?, ?, ?, ?)",
                id, size, sha256, Timestamp.from(clock.instant()));
        byte[] buffer = new byte[CHUNK];
        int seq = 0;
        try {
            int n;
            while ((n = content.readNBytes(buffer, 0, CHUNK)) > 0) {
                byte[] data = n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n);
                jdbc.update("insert into stored_file_chunk (file_id, seq, data) values (?, ?, ?)", id, seq++, data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id.toString();
    }

    @Override
    public InputStream open(String key) {
        return new ChunkStream(UUID.fromString(key));
    }

    /** Fetches the next chunk only when the previous one has been read. */
    private final class ChunkStream extends InputStream {

        private final UUID id;
        private int nextSeq;
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean done;

        ChunkStream(UUID id) {
            this.id = id;
        }

        private boolean fill() {
            while (!done && pos >= chunk.length) {
                List<byte[]> rows = jdbc.query("select data from stored_file_chunk where file_id = ? and seq = ?",
                        (rs, i) -> rs.getBytes(1), id, nextSeq);
                if (rows.isEmpty()) {
                    done = true;
                } else {
                    chunk = rows.get(0);
                    pos = 0;
                    nextSeq++;
                }
            }
            return !done || pos < chunk.length;
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            return chunk[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
