package cn.gov.biyang.plan.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.support.PortalTest;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Deliverables, versions and review rounds against the real database, acting as the demo accounts. Each test works
 * on its own topic or plan, so the tests do not depend on each other's data.
 */
@PortalTest
class SubmissionServiceTest {

    static final String REPORT_NAME = "泌阳县水利高质量发展调研报告（送审）.docx";

    @Autowired
    SubmissionService submissions;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    // ---------------------------------------------------------------------------------------------- deliverables

    @Test
    void everyTopicOwesAReportAndEveryPlanItsStages() {
        as("office");
        WorkItemView topic = topic(33);
        assertThat(submissions.deliverablesOf(topic.id())).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("调研报告");
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2020, 1, 31));
            assertThat(d.status()).isEqualTo(DeliverableStatus.NOT_SUBMITTED);
        });
        List<DeliverableSummary> special = submissions.deliverablesOf(plan(20).id());
        assertThat(special).extracting(DeliverableSummary::name)
                .containsExactly("编制工作方案", "初稿", "征求意见稿", "送审稿", "批准印发稿");
        assertThat(special.get(3).dueOn()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(special).extracting(DeliverableSummary::dueOn).isSorted();

        List<DeliverableSummary> master = submissions.deliverablesOf(plan(0).id());
        assertThat(master).extracting(DeliverableSummary::name).containsExactly("基本思路", "纲要框架", "征求意见稿", "纲要草案");
        assertThat(master).extracting(DeliverableSummary::dueOn).containsExactly(LocalDate.of(2020, 2, 29),
                LocalDate.of(2020, 6, 30), LocalDate.of(2020, 9, 30), null);

        // one mechanism for both: every one of the 33 topics and 27 plans has a current deliverable
        assertThat(submissions.progressByItem()).hasSize(60);
        assertThat(jdbc.queryForObject("select count(*) from deliverable", Integer.class)).isGreaterThanOrEqualTo(
                33 + 26 * 5 + 4);
    }

    @Test
    void theOfficeAddsEditsAndRemovesDeliverablesKeepingReasonAndAuthor() {
        as("office");
        WorkItemView plan = plan(25);
        Long id = submissions.addDeliverable(plan.id(), "规划衔接说明", LocalDate.of(2020, 7, 15), "县委要求补充衔接说明");
        assertThatThrownBy(() -> submissions.editDeliverable(id, "规划衔接说明", LocalDate.of(2020, 7, 31), " "))
                .isInstanceOf(SubmissionException.class).hasMessageContaining("原因");
        submissions.editDeliverable(id, "规划衔接情况说明", LocalDate.of(2020, 7, 31), "与上级规划衔接时间推迟");
        submissions.removeDeliverable(id, "并入送审稿一并报送");

        DeliverableDetail detail = submissions.detail(id);
        assertThat(detail.deliverable().removed()).isTrue();
        assertThat(detail.deliverable().name()).isEqualTo("规划衔接情况说明");
        assertThat(detail.timeline()).extracting(TimelineEntry::what).containsExactly("新增", "更名", "调整截止日期", "移除");
        assertThat(detail.timeline()).allSatisfy(e -> assertThat(e.who()).isEqualTo("规划办（演示）"));
        assertThat(detail.timeline().get(2).detail()).contains("2020年7月15日 → 2020年7月31日", "与上级规划衔接时间推迟");
        assertThat(detail.activity()).extracting(a -> a.action())
                .contains("ADD_DELIVERABLE", "EDIT_DELIVERABLE", "REMOVE_DELIVERABLE");
        // removed, not deleted: still listed, flagged
        assertThat(submissions.deliverablesOf(plan.id())).filteredOn(DeliverableSummary::removed).hasSize(1);

        as("leader");
        assertThatThrownBy(() -> submissions.addDeliverable(plan.id(), "x", null, "y"))
                .isInstanceOf(AccessDeniedException.class);
        as("shuili");
        assertThatThrownBy(() -> submissions.editDeliverable(id, "x", null, "y"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdueIsDerivedFromTheClockWhileTheUnitOwesTheDocument() {
        LocalDate today = LocalDate.of(2020, 1, 15);
        assertThat(SubmissionService.overdue(LocalDate.of(2020, 1, 15), DeliverableStatus.NOT_SUBMITTED, today)).isFalse();
        assertThat(SubmissionService.overdue(LocalDate.of(2020, 1, 14), DeliverableStatus.NOT_SUBMITTED, today)).isTrue();
        assertThat(SubmissionService.overdue(LocalDate.of(2020, 1, 14), DeliverableStatus.RETURNED, today)).isTrue();
        assertThat(SubmissionService.overdue(LocalDate.of(2020, 1, 14), DeliverableStatus.SUBMITTED, today)).isFalse();
        assertThat(SubmissionService.overdue(LocalDate.of(2020, 1, 14), DeliverableStatus.ACCEPTED, today)).isFalse();
        assertThat(SubmissionService.overdue(null, DeliverableStatus.NOT_SUBMITTED, today)).isFalse();

        // the demo clock stands at 2020-01-15: moving a due date into the past makes the item overdue in every list
        as("office");
        WorkItemView topic = topic(32);
        Long id = firstDeliverable(topic);
        submissions.editDeliverable(id, "调研报告", LocalDate.of(2020, 1, 10), "测试：提前截止");
        assertThat(submissions.progressByItem().get(topic.id()).overdue()).isTrue();
        assertThat(submissions.detail(id).deliverable().overdue()).isTrue();
        assertThat(submissions.statusCounts(EnumSet.of(WorkItemKind.TOPIC)).overdue()).isGreaterThanOrEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------- review round trip

    @Test
    void aChineseNamedDocxGoesThroughTwoRoundsAndEveryVersionStaysDownloadable() throws IOException {
        WorkItemView topic = topic(8); // lead 县水利局 (shuili)
        Long id = firstDeliverable(topic);
        byte[] v1 = TestFiles.docx("第一稿");
        byte[] v2 = TestFiles.docx("第二稿：按意见修改");

        as("shuili");
        UploadReceipt first = upload(id, DocumentKind.MAIN, REPORT_NAME, "初稿", v1);
        assertThat(first.versionNo()).isEqualTo(1);
        assertThat(first.type()).isEqualTo(FileType.DOCX);
        assertThat(first.sha256()).isEqualTo(sha256(v1));
        assertThat(submissions.submit(id)).isEqualTo(1);
        assertThat(submissions.detail(id).deliverable().status()).isEqualTo(DeliverableStatus.SUBMITTED);
        // no new main version while the round is under review
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, REPORT_NAME, null, v2))
                .isInstanceOf(SubmissionException.class).hasMessageContaining("已提交待审");
        assertThatThrownBy(() -> submissions.accept(id, 1, null)).isInstanceOf(AccessDeniedException.class);

        as("office");
        assertThat(submissions.reviewQueue(0, 100)).extracting(ReviewQueueEntry::deliverableId).contains(id);
        assertThatThrownBy(() -> submissions.returnForRevision(id, 1, "  "))
                .isInstanceOf(SubmissionException.class).hasMessage("退回修改时必须填写意见。");
        submissions.returnForRevision(id, 1, "请补充重大水利工程项目清单。");

        as("shuili");
        DeliverableDetail returned = submissions.detail(id);
        assertThat(returned.deliverable().status()).isEqualTo(DeliverableStatus.RETURNED);
        assertThat(returned.deliverable().round()).isEqualTo(1);
        assertThat(returned.currentRound().comment()).isEqualTo("请补充重大水利工程项目清单。");
        // resubmitting the returned version is refused: a new version is required
        assertThat(returned.canSubmitNow()).isFalse();
        assertThatThrownBy(() -> submissions.submit(id)).isInstanceOf(SubmissionException.class)
                .hasMessageContaining("新版本");
        UploadReceipt second = upload(id, DocumentKind.MAIN, REPORT_NAME, "按意见补充项目清单", v2);
        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(submissions.submit(id)).isEqualTo(2);

        as("office");
        assertThatThrownBy(() -> submissions.accept(id, 1, null)).isInstanceOf(SubmissionException.class)
                .hasMessageContaining("第2轮");
        submissions.accept(id, 2, "同意。");

        as("shuili");
        DeliverableDetail done = submissions.detail(id);
        assertThat(done.deliverable().status()).isEqualTo(DeliverableStatus.ACCEPTED);
        assertThat(done.rounds()).extracting(RoundInfo::roundNo, RoundInfo::versionNo, RoundInfo::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, ReviewDecision.RETURNED),
                        org.assertj.core.groups.Tuple.tuple(2, 2, ReviewDecision.ACCEPTED));
        assertThat(done.rounds().get(0).comment()).isEqualTo("请补充重大水利工程项目清单。");
        assertThat(done.timeline()).extracting(TimelineEntry::kind).containsSubsequence(TimelineEntry.Kind.UPLOAD,
                TimelineEntry.Kind.SUBMISSION, TimelineEntry.Kind.RETURNED, TimelineEntry.Kind.UPLOAD,
                TimelineEntry.Kind.SUBMISSION, TimelineEntry.Kind.ACCEPTED);
        assertThat(done.documents()).extracting(DocumentInfo::originalName).containsOnly(REPORT_NAME);
        assertThat(done.documents()).extracting(DocumentInfo::sha256).containsExactly(sha256(v1), sha256(v2));

        // both versions come back with their original name and identical bytes, and each download is audited
        for (DocumentInfo doc : done.documents()) {
            DownloadableFile file = submissions.download(doc.id());
            assertThat(file.fileName()).isEqualTo(REPORT_NAME);
            byte[] bytes;
            try (InputStream in = file.content().get()) {
                bytes = in.readAllBytes();
            }
            assertThat(sha256(bytes)).isEqualTo(doc.sha256()).isEqualTo(file.sha256());
            assertThat(bytes).isEqualTo(doc.versionNo() == 1 ? v1 : v2);
        }
        assertThat(submissions.detail(id).activity()).extracting(a -> a.action()).contains("UPLOAD", "SUBMIT",
                "RETURN", "ACCEPT", "DOWNLOAD");
        assertThat(submissions.detail(id).activity()).filteredOn(a -> a.action().equals("DOWNLOAD"))
                .allSatisfy(a -> assertThat(a.actor()).isEqualTo("shuili")).hasSize(2);

        // accepted is final for uploads
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "v3.docx", null, TestFiles.docx("v3")))
                .isInstanceOf(SubmissionException.class).hasMessageContaining("已通过");
    }

    @Test
    void theReviewQueueListsTheOldestSubmissionFirst() {
        as("kegongxin"); // leads topics 2 and 3
        Long older = submitNew(topic(2), "制造业调研报告.pdf", TestFiles.pdf("制造业"));
        Long newer = submitNew(topic(3), "战略性新兴产业调研报告.pdf", TestFiles.pdf("新兴产业"));
        as("office");
        List<Long> queue = submissions.reviewQueue(0, 1000).stream().map(ReviewQueueEntry::deliverableId).toList();
        assertThat(queue).containsSubsequence(older, newer);
        assertThat(submissions.reviewQueueSize()).isEqualTo(queue.size());
        assertThat(submissions.reviewQueue(0, 1)).hasSize(1);
        as("huayuan");
        assertThatThrownBy(() -> submissions.reviewQueue(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    // ---------------------------------------------------------------------------------------------- file checks

    @Test
    void renamedProgramsAndWebPagesAreRefusedAndNothingIsStored() {
        WorkItemView topic = topic(4); // lead 县农业农村局 (nongye)
        Long id = firstDeliverable(topic);
        as("nongye");
        int documentsBefore = count("document_version");
        int filesBefore = count("stored_file");

        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "调研报告.pdf", null, TestFiles.exe()))
                .isInstanceOf(SubmissionException.class)
                .hasMessage("文件内容与扩展名不符：调研报告.pdf 的内容不是 PDF 文件（实际是可执行程序），已拒绝。");
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "调研报告.pdf", null, TestFiles.html()))
                .isInstanceOf(SubmissionException.class).hasMessageContaining("（实际是网页 HTML）");
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "调研报告.docx", null, TestFiles.pdf("x")))
                .isInstanceOf(SubmissionException.class).hasMessageContaining("不是 DOCX");
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "setup.exe", null, TestFiles.exe()))
                .isInstanceOf(SubmissionException.class).hasMessageStartingWith("不支持的文件类型");
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "附件.zip", null,
                TestFiles.zip(Map.of("报告.pdf", TestFiles.pdf("ok"), "病毒.pdf", TestFiles.exe()))))
                .isInstanceOf(SubmissionException.class).hasMessageContaining("病毒.pdf");
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "附件.zip", null,
                TestFiles.zip(Map.of("run.bat", new byte[]{1, 2}))))
                .isInstanceOf(SubmissionException.class).hasMessageContaining("run.bat");
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "空.pdf", null, new byte[0]))
                .isInstanceOf(SubmissionException.class).hasMessageContaining("空文件");

        assertThat(count("document_version")).isEqualTo(documentsBefore);
        assertThat(count("stored_file")).isEqualTo(filesBefore);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'UPLOAD_REFUSED' and actor = 'nongye'",
                Integer.class)).isEqualTo(7);
    }

    @Test
    void everyAcceptedTypeIsRecognisedByItsContent() {
        WorkItemView topic = topic(5); // lead fagai
        Long id = firstDeliverable(topic);
        as("fagai");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("报告.pdf", TestFiles.pdf("pdf"));
        files.put("报告.doc", TestFiles.ole2());
        files.put("报告.docx", TestFiles.docx("docx"));
        files.put("报告.wps", concat(TestFiles.ole2(), new byte[]{1}));
        files.put("报告.ofd", TestFiles.ofd());
        files.put("数据.xls", concat(TestFiles.ole2(), new byte[]{2}));
        files.put("数据.xlsx", TestFiles.xlsx());
        files.put("全部材料.zip", TestFiles.zip(Map.of("正文.docx", TestFiles.docx("in zip"), "附表.xlsx",
                TestFiles.xlsx(), "说明.pdf", TestFiles.pdf("in zip"))));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            UploadReceipt r = upload(id, DocumentKind.MAIN, f.getKey(), null, f.getValue());
            assertThat(r.type().extension()).isEqualTo(f.getKey().substring(f.getKey().lastIndexOf('.') + 1));
        }
        assertThat(submissions.detail(id).documents()).extracting(DocumentInfo::versionNo)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void anOversizeFileIsRefusedByTheServerWhateverTheBrowserSaid() {
        WorkItemView topic = topic(6);
        Long id = firstDeliverable(topic);
        as(topic.lead().code());
        int filesBefore = count("stored_file");
        long limit = submissions.maxUploadBytes();
        assertThat(limit).isEqualTo(100L * 1024 * 1024);
        // one byte over the default 100 MB limit, streamed as a bypassed browser would send it
        assertThatThrownBy(() -> submissions.upload(id, DocumentKind.MAIN, null, "大文件.pdf", null,
                TestFiles.generatedPdf(limit + 1)))
                .isInstanceOf(SubmissionException.class).hasMessage("文件 大文件.pdf 超过大小上限 100 MB，已拒绝。");
        assertThat(count("stored_file")).isEqualTo(filesBefore);
        assertThat(submissions.detail(id).documents()).isEmpty();
    }

    @Test
    void identicalBytesAreRecognisedAndReportedNotStoredTwice() {
        WorkItemView topic = topic(7);
        Long id = firstDeliverable(topic);
        as(topic.lead().code());
        byte[] bytes = TestFiles.docx("同一文件");
        upload(id, DocumentKind.MAIN, "报告.docx", null, bytes);
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "报告（重传）.docx", null, bytes))
                .isInstanceOf(DuplicateFileException.class)
                .hasMessageContaining("第1版《报告.docx》内容完全相同").hasMessageContaining(sha256(bytes).substring(0, 12));
        assertThat(submissions.detail(id).documents()).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------- who may do what

    @Test
    void aLiaisonCannotTouchAnotherUnitsItemsAndEveryAttemptIsLogged() {
        WorkItemView topic = topic(9); // lead fagai, not 花园街道
        Long id = firstDeliverable(topic);
        as("fagai");
        UploadReceipt doc = upload(id, DocumentKind.MAIN, "课题9报告.pdf", null, TestFiles.pdf("课题9"));

        as("huayuan");
        int deniedBefore = denied("huayuan");
        assertThat(submissions.mayOpen(topic.id())).isFalse();
        assertThatThrownBy(() -> submissions.detail(id)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("无权查看其他单位事项的材料");
        assertThatThrownBy(() -> submissions.download(doc.documentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "x.pdf", null, TestFiles.pdf("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> upload(id, DocumentKind.CONTRIBUTION, "x.pdf", null, TestFiles.pdf("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submissions.submit(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submissions.returnForRevision(id, 1, "x")).isInstanceOf(AccessDeniedException.class);
        // a guessed id that does not exist is refused and logged too
        assertThatThrownBy(() -> submissions.download(987654321L)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> submissions.detail(987654321L)).isInstanceOf(NotFoundException.class);
        assertThat(denied("huayuan") - deniedBefore).isEqualTo(8);
        assertThat(count("document_version where deliverable_id = " + id)).isEqualTo(1);

        // leadership reads and downloads everything and changes nothing
        as("leader");
        assertThat(submissions.detail(id).documents()).hasSize(1);
        assertThat(submissions.download(doc.documentId()).fileName()).isEqualTo("课题9报告.pdf");
        assertThat(submissions.detail(id).can()).isEqualTo(new Permissions(false, false, false, false, false));
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "x.pdf", null, TestFiles.pdf("leader")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submissions.submit(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void supportingUnitsContributeAndTheLeadSeesAndSubmits() {
        WorkItemView plan = plan(1); // lead 县农业农村局, supported by 县林业局, 县水利局, …
        Long id = firstDeliverable(plan);

        as("linye");
        assertThat(submissions.detail(id).can()).isEqualTo(new Permissions(false, true, false, false, false));
        UploadReceipt contribution = upload(id, DocumentKind.CONTRIBUTION, "林业部分.docx", "林业发展配合材料",
                TestFiles.docx("林业"));
        assertThat(contribution.versionNo()).isEqualTo(1);
        assertThatThrownBy(() -> upload(id, DocumentKind.MAIN, "林业部分.docx", null, TestFiles.docx("main")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submissions.submit(id)).isInstanceOf(AccessDeniedException.class);

        as("nongye");
        DeliverableDetail lead = submissions.detail(id);
        assertThat(lead.documents()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.CONTRIBUTION);
            assertThat(d.unitName()).isEqualTo("县林业局");
            assertThat(d.label()).isEqualTo("配合材料（县林业局）第1版");
        });
        assertThat(submissions.download(contribution.documentId()).fileName()).isEqualTo("林业部分.docx");
        assertThatThrownBy(() -> upload(id, DocumentKind.CONTRIBUTION, "x.docx", null, TestFiles.docx("n")))
                .isInstanceOf(AccessDeniedException.class);
        // a contribution is not the document under review: the lead needs its own version to submit
        assertThatThrownBy(() -> submissions.submit(id)).isInstanceOf(SubmissionException.class)
                .hasMessageContaining("请先上传正式稿");
        upload(id, DocumentKind.MAIN, "现代农业发展规划编制工作方案.docx", null, TestFiles.docx("方案"));
        assertThat(submissions.submit(id)).isEqualTo(1);

        // the office may contribute on behalf of a supporting unit, but only one of this plan's
        as("office");
        Long shuili = plan.supporting().stream().filter(u -> u.code().equals("shuili")).findFirst().orElseThrow().id();
        assertThat(upload(id, DocumentKind.CONTRIBUTION, shuili, "水利部分.pdf", TestFiles.pdf("水利")).versionNo())
                .isEqualTo(1);
        Long huayuan = catalogue.unitByCode("huayuan").orElseThrow().id();
        assertThatThrownBy(() -> upload(id, DocumentKind.CONTRIBUTION, huayuan, "x.pdf", TestFiles.pdf("hy")))
                .isInstanceOf(SubmissionException.class).hasMessage("请选择一个配合单位");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The item's first deliverable, looked up as the office (the test then acts as someone else). */
    private Long firstDeliverable(WorkItemView item) {
        as("office");
        return submissions.deliverablesOf(item.id()).get(0).id();
    }

    private Long submitNew(WorkItemView item, String name, byte[] bytes) {
        Long id = submissions.deliverablesOf(item.id()).get(0).id();
        upload(id, DocumentKind.MAIN, name, null, bytes);
        submissions.submit(id);
        return id;
    }

    private UploadReceipt upload(Long id, DocumentKind kind, String name, String note, byte[] bytes) {
        return submissions.upload(id, kind, null, name, note, new ByteArrayInputStream(bytes));
    }

    private UploadReceipt upload(Long id, DocumentKind kind, Long unitId, String name, byte[] bytes) {
        return submissions.upload(id, kind, unitId, name, null, new ByteArrayInputStream(bytes));
    }

    private void as(String username) {
        TestUsers.actAs(users, username);
    }

    private WorkItemView topic(int number) {
        return catalogue.item(WorkItemKind.TOPIC, number).orElseThrow();
    }

    private WorkItemView plan(int number) {
        return catalogue.plan(number).orElseThrow();
    }

    private int count(String tableAndWhere) {
        return jdbc.queryForObject("select count(*) from " + tableAndWhere, Integer.class);
    }

    private int denied(String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where result = 'DENIED' and actor = ?",
                Integer.class, actor);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
