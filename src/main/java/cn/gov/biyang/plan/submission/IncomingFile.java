package cn.gov.biyang.plan.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload received into a temporary file with a fixed-size buffer, its SHA-256 and size computed on the way. Reading
 * stops as soon as the size limit is passed, so an oversize upload never fills the disk nor reaches the database.
 * The type check needs the whole file (a ZIP's directory is at its end), hence a file rather than memory.
 */
final class IncomingFile implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final long size;
    private final String sha256;

    private IncomingFile(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    static IncomingFile receive(InputStream content, long maxBytes, String originalName) {
        Path temp = null;
        try {
            temp = Files.createTempFile("portal-upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(temp)) {
                int n;
                while ((n = content.read(buffer)) > 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new SubmissionException("文件 " + originalName + " 超过大小上限 "
                                + SubmissionSettings.describe(maxBytes) + "，已拒绝。");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (total == 0) {
                throw new SubmissionException("文件 " + originalName + " 是空文件，已拒绝。");
            }
            IncomingFile file = new IncomingFile(temp, total, HexFormat.of().formatHex(digest.digest()));
            temp = null;
            return file;
        } catch (IOException e) {
            throw new SubmissionException("文件 " + originalName + " 接收中断，请重新上传。");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public void close() {
        deleteQuietly(path);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temp file is harmless; the OS temp cleaner removes it
        }
    }
}
