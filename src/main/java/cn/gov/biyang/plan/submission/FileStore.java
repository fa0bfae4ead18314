package cn.gov.biyang.plan.submission;

import java.io.InputStream;

/**
 * Where document bytes live, under generated keys (never the user's file name). The default keeps them in PostgreSQL
 * so that one database backup covers everything; an object store can implement this interface instead.
 */
interface FileStore {

    /** Stores the bytes read from {@code content} and returns their new key. Streams: never holds the whole file. */
    String put(InputStream content, long size, String sha256);

    /** The stored bytes, streamed. */
    InputStream open(String key);
}
