package cn.gov.biyang.plan.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import cn.gov.biyang.plan.base.web.Attachments;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.submission.DocumentKind;
import cn.gov.biyang.plan.submission.SubmissionService;
import cn.gov.biyang.plan.submission.TestFiles;
import cn.gov.biyang.plan.submission.UploadReceipt;
import cn.gov.biyang.plan.support.PortalTest;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;

/** /files/{id}: original Chinese name in Content-Disposition, identical bytes, and guessed links refused and logged. */
@PortalTest
class DownloadControllerTest {

    @Autowired
    DownloadController controller;
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

    @Test
    void theOriginalNameAndBytesComeBackAndOtherUnitsAreRefused() throws Exception {
        WorkItemView topic = catalogue.item(WorkItemKind.TOPIC, 12).orElseThrow(); // lead 县住建局
        TestUsers.actAs(users, topic.lead().code());
        Long deliverable = submissions.deliverablesOf(topic.id()).get(0).id();
        byte[] bytes = TestFiles.docx("城镇化");
        String name = "泌阳县新型城镇化调研报告 (终稿).docx";
        UploadReceipt r = submissions.upload(deliverable, DocumentKind.MAIN, null, name, null,
                new ByteArrayInputStream(bytes));

        MockHttpServletResponse ok = new MockHttpServletResponse();
        controller.download(r.documentId(), ok);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsByteArray()).isEqualTo(bytes);
        assertThat(ok.getContentType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(ok.getHeader("X-Content-SHA256")).isEqualTo(r.sha256());
        String disposition = ok.getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"").contains("filename*=UTF-8''");
        // what a browser makes of the header: the Chinese name, unchanged
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(name);

        TestUsers.actAs(users, "huayuan");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        controller.download(r.documentId(), refused);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsByteArray()).isNotEqualTo(bytes);
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("无权下载此文件。");

        MockHttpServletResponse missing = new MockHttpServletResponse();
        controller.download(r.documentId() + 100000, missing);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'huayuan' and action = 'DOWNLOAD'"
                + " and result = 'DENIED'", Integer.class)).isEqualTo(2);
    }

    @Test
    void contentDispositionKeepsNonAsciiNamesForEveryBrowser() {
        assertThat(Attachments.contentDisposition("报告.pdf"))
                .isEqualTo("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf");
        assertThat(Attachments.contentDisposition("a \"b\"*.pdf"))
                .isEqualTo("attachment; filename=\"a _b_*.pdf\"; filename*=UTF-8''a%20%22b%22%2A.pdf");
    }
}
