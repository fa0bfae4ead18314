package cn.gov.biyang.plan.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.gov.biyang.plan.support.AdminSecurityTest;
import cn.gov.biyang.plan.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The export endpoints: a login is required at all, and the services decide the role (liaisons get a 403). */
@AdminSecurityTest
class ExportControllerTest {

    @LocalServerPort
    int port;

    @Autowired ExportController controller;
    @Autowired UserDetailsService users;

    @AfterEach
    void logout() {
        TestUsers.signOut();
    }

    @Test
    void exportsNeedALogin() throws Exception {
        for (String path : new String[] {"/office/exports/ledger.xlsx", "/office/exports/monitor.xlsx?phase=1",
                "/office/exports/bulletins/1.docx"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void leadersExportAndLiaisonsAreRefused() throws Exception {
        TestUsers.actAs(users, "leader");
        MockHttpServletResponse ok = new MockHttpServletResponse();
        controller.ledger(ok);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentType()).contains("spreadsheetml");
        assertThat(ok.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ok.getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位");
        }
        MockHttpServletResponse monitor = new MockHttpServletResponse();
        controller.monitor(null, monitor);
        assertThat(monitor.getStatus()).isEqualTo(200);

        TestUsers.actAs(users, "shuili");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        controller.ledger(refused);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("规划办");
        MockHttpServletResponse refusedDoc = new MockHttpServletResponse();
        controller.bulletin(1, refusedDoc);
        assertThat(refusedDoc.getStatus()).isEqualTo(403);
    }
}
