package cn.gov.biyang.plan.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.support.PortalTest;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A 100 MB file goes in and comes out with flat memory. While the upload (receive, check, store in PostgreSQL) and the
 * download run, a sampler forces a GC every 100 ms and records the live heap; a service that held the file in memory
 * would show ~100 MB more live heap at some sample. Numbers go to target/benchmarks/ and docs/benchmarks.md.
 */
@PortalTest
class UploadMemoryTest {

    private static final long SIZE = 100L * 1024 * 1024;
    private static final long MB = 1024 * 1024;

    @Autowired
    SubmissionService submissions;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aHundredMegabyteFileUploadsAndDownloadsWithFlatMemory() throws Exception {
        WorkItemView plan = catalogue.plan(26).orElseThrow();
        TestUsers.actAs(users, plan.lead().code());
        Long id = submissions.deliverablesOf(plan.id()).get(0).id();

        // exactly the limit is still accepted
        Sample up = measure(() -> {
            UploadReceipt r = submissions.upload(id, DocumentKind.MAIN, null, "一百兆规划附件.pdf", "内存测试",
                    TestFiles.generatedPdf(SIZE));
            assertThat(r.size()).isEqualTo(SIZE);
            return r.documentId();
        });
        long documentId = up.result;
        DownloadableFile file = submissions.download(documentId);
        Sample down = measure(() -> {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long n;
            try (InputStream in = new DigestInputStream(file.content().get(), digest)) {
                n = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            assertThat(n).isEqualTo(SIZE);
            assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(file.sha256());
            return n;
        });

        // the same upload once more without the sampler's forced GCs, for its plain duration
        WorkItemView other = catalogue.plan(24).orElseThrow();
        TestUsers.actAs(users, other.lead().code());
        Long otherId = submissions.deliverablesOf(other.id()).get(0).id();
        long start = System.nanoTime();
        submissions.upload(otherId, DocumentKind.MAIN, null, "计时.pdf", null, TestFiles.generatedPdf(SIZE));
        long plainMillis = (System.nanoTime() - start) / 1_000_000;

        String report = String.format("upload 100 MB: %d ms (%d ms while sampling), live heap before %d MB, "
                        + "peak growth %d MB (%d samples)%n"
                        + "download 100 MB: %d ms while sampling, live heap before %d MB, peak growth %d MB (%d samples)%n",
                plainMillis, up.millis, up.baseline / MB, up.growth() / MB, up.samples, down.millis, down.baseline / MB,
                down.growth() / MB, down.samples);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "upload-memory.txt"), report);
        System.out.print(report);

        // a file held in memory would add at least its 100 MB; streaming keeps the growth to buffers (1 MiB chunks)
        assertThat(up.growth()).as("live heap growth during a 100 MB upload").isLessThan(25 * MB);
        assertThat(down.growth()).as("live heap growth during a 100 MB download").isLessThan(25 * MB);
        assertThat(up.samples).isGreaterThan(3);
    }

    interface Work<T> {
        T run() throws Exception;
    }

    record Sample(long result, long millis, long baseline, long peak, int samples) {
        long growth() {
            return Math.max(0, peak - baseline);
        }
    }

    private static <T extends Number> Sample measure(Work<T> work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong samples = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                samples.incrementAndGet();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        long start = System.nanoTime();
        sampler.start();
        T result;
        try {
            result = work.run();
        } finally {
            done.set(true);
            sampler.join();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Sample(result.longValue(), millis, baseline, peak.get(), (int) samples.get());
    }
}
