package cn.gov.biyang.plan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.biyang.plan.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo profile's activity up to the demo date (2020-01-15): made once through the real services, marked as demo
 * data, dated before the demo date, and never twice.
 */
@PortalTest
class DemoActivityTest {

    /** {@link PortalTest} switches the activity off for a clean slate; here it is what is tested. */
    @DynamicPropertySource
    static void withDemoActivity(DynamicPropertyRegistry registry) {
        registry.add("portal.demo.activity", () -> "true");
    }

    private static final String BEFORE_DEMO_DATE = "2020-01-15 00:00:00+08";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoActivityInitializer initializer;

    @Test
    void topicReportsAndWorkPlansAreSubmittedAndReviewed() {
        Map<String, Integer> topic = statusCounts("调研报告");
        assertThat(topic).containsEntry("ACCEPTED", 4).containsEntry("RETURNED", 2).containsEntry("SUBMITTED", 4);
        assertThat(statusCounts("编制工作方案")).containsEntry("SUBMITTED", 3);
        assertThat(count("select count(*) from review_round where decision = 'RETURNED' and round_no = 1"
                + " and comment is not null")).isEqualTo(3);
        assertThat(count("select count(*) from review_round where decision = 'ACCEPTED'")).isEqualTo(4);
        // one returned report came back as version 2 and waits in round 2
        assertThat(count("select count(*) from review_round where round_no = 2 and decision is null")).isEqualTo(1);
        assertThat(count("select count(*) from document_version where version_no = 2")).isEqualTo(1);
        // every file is a marked .docx with the note 演示数据, and really a DOCX
        assertThat(jdbc.queryForList("select original_name from document_version", String.class))
                .hasSize(14).allSatisfy(n -> assertThat(n).startsWith("【演示】").endsWith(".docx"));
        assertThat(count("select count(*) from document_version where note = '演示数据' and file_type = 'DOCX'"))
                .isEqualTo(14);
        assertThat(jdbc.queryForList("select original_name from document_version", String.class))
                .contains("【演示】课题1调研报告.docx");
    }

    @Test
    void theLateDeliverableIsOverdueAndUnsubmitted() {
        Map<String, Object> late = jdbc.queryForMap("""
                select d.due_on, d.status, w.kind, c.reason from deliverable d
                join work_item w on w.id = d.work_item_id join deliverable_change c on c.deliverable_id = d.id
                where d.name = '十三五规划完成情况预测'""");
        assertThat(late.get("due_on").toString()).isEqualTo(LocalDate.of(2019, 12, 31).toString());
        assertThat(late).containsEntry("status", "NOT_SUBMITTED").containsEntry("kind", "MASTER_PLAN")
                .containsEntry("reason", "演示数据");
    }

    @Test
    void projectsAtEveryStageCarryTheDemoMark() {
        assertThat(count("select count(*) from project where remarks = '【演示数据】'")).isEqualTo(30);
        assertThat(count("select count(*) from project where remarks is distinct from '【演示数据】'")).isZero();
        Map<String, Integer> byStatus = new HashMap<>();
        jdbc.query("select status, count(*) n from project group by status",
                rs -> { byStatus.put(rs.getString("status"), rs.getInt("n")); });
        assertThat(byStatus).containsEntry("INCLUDED", 6).containsEntry("ARGUING", 4).containsEntry("SCREENED", 4)
                .containsEntry("RETURNED", 1).containsEntry("REJECTED", 1).containsEntry("SUBMITTED", 8)
                .containsEntry("DRAFT", 6);
        // made by township and unit liaisons, screened by the office
        assertThat(jdbc.queryForList("select distinct created_by from project", String.class))
                .contains("huayuan", "yangce", "shuili", "jiaotong").doesNotContain("office");
        assertThat(count("select count(*) from project_event where actor = 'office'")).isEqualTo(6 * 3 + 4 * 2 + 4 + 2);
    }

    @Test
    void everythingIsDatedBeforeTheDemoDate() {
        for (String sql : List.of(
                "select count(*) from document_version where uploaded_at >= '" + BEFORE_DEMO_DATE + "'",
                "select count(*) from review_round where submitted_at >= '" + BEFORE_DEMO_DATE + "'",
                "select count(*) from review_round where decided_at >= '" + BEFORE_DEMO_DATE + "'",
                "select count(*) from review_round where decided_at < submitted_at",
                "select count(*) from project where created_at >= '" + BEFORE_DEMO_DATE + "'",
                "select count(*) from project where updated_at >= '" + BEFORE_DEMO_DATE + "'",
                "select count(*) from project_event where occurred_at >= '" + BEFORE_DEMO_DATE + "'",
                "select count(*) from deliverable where name = '十三五规划完成情况预测' and created_at >= '2019-12-31'")) {
            assertThat(count(sql)).as(sql).isZero();
        }
    }

    @Test
    void aSecondRunAddsNothing() throws Exception {
        String before = fingerprint();
        initializer.run(null);
        assertThat(fingerprint()).isEqualTo(before);
    }

    private String fingerprint() {
        return count("select count(*) from document_version") + "/" + count("select count(*) from review_round") + "/"
                + count("select count(*) from deliverable") + "/" + count("select count(*) from project") + "/"
                + count("select count(*) from project_event");
    }

    private Map<String, Integer> statusCounts(String deliverableName) {
        Map<String, Integer> result = new HashMap<>();
        jdbc.query("select status, count(*) n from deliverable where name = ? group by status",
                rs -> { result.put(rs.getString("status"), rs.getInt("n")); }, deliverableName);
        return result;
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
