package cn.gov.biyang.plan.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.biyang.plan.support.PortalTest;
import cn.gov.biyang.plan.support.TestUsers;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The library speaks Excel both ways: template, import with errors by row and column, export that imports back. */
@PortalTest
class ProjectExcelTest {

    @Autowired
    ProjectExcelService excel;
    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    ReferenceData ref;

    @BeforeEach
    void cleanLibrary() {
        ProjectFixtures.clearLibrary(jdbc);
        TestUsers.actAs(users, "office");
        ref = projects.referenceData();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    // ---- building files the way an official fills the template --------------------------------------------------

    Workbook template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excel.writeTemplate(out);
        return WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()));
    }

    static void put(Sheet sheet, int excelRow, Map<ProjectField, Object> cells) {
        Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
        cells.forEach((field, value) -> {
            var cell = row.createCell(field.ordinal());
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        });
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    static Map<ProjectField, Object> good(String name) {
        return new java.util.EnumMap<>(Map.ofEntries(
                Map.entry(ProjectField.NAME, name),
                Map.entry(ProjectField.APPLICANT, "花园街道"),
                Map.entry(ProjectField.CONTACT_PERSON, "张伟"),
                Map.entry(ProjectField.CONTACT_PHONE, "13803960000"),
                Map.entry(ProjectField.DOMAIN, "社会民生"),
                Map.entry(ProjectField.NATURE, "新建"),
                Map.entry(ProjectField.LOCATION, "花园街道"),
                Map.entry(ProjectField.TOTAL_INVESTMENT, 1000),
                Map.entry(ProjectField.FUND_COUNTY, 400),
                Map.entry(ProjectField.FUND_SELF, 600),
                Map.entry(ProjectField.PERIOD_INVESTMENT, 800),
                Map.entry(ProjectField.START_YEAR, 2021),
                Map.entry(ProjectField.END_YEAR, 2023),
                Map.entry(ProjectField.PLANS, "十四五规划纲要、18"),
                Map.entry(ProjectField.LAND_STATUS, "已完成")));
    }

    static Map<ProjectField, Object> with(Map<ProjectField, Object> row, ProjectField field, Object value) {
        Map<ProjectField, Object> copy = new java.util.EnumMap<>(row);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    /** Two good rows (2, 3) and one row per kind of error (4—8); with {@code corrected}, rows 4—8 are fixed. */
    byte[] mixedFile(boolean corrected) throws IOException {
        Workbook workbook = template();
        Sheet sheet = workbook.getSheet("项目库");
        put(sheet, 2, good("花园街道老旧小区改造项目"));
        Map<ProjectField, Object> water = new java.util.EnumMap<>(good("泌阳河城区段综合治理工程"));
        water.putAll(Map.of(ProjectField.CODE, "2006-411726-04-01-512345", ProjectField.APPLICANT, "县水利局",
                ProjectField.DOMAIN, "生态环保", ProjectField.LOCATION, "羊册", ProjectField.TOTAL_INVESTMENT, 5000.5,
                ProjectField.FUND_CENTRAL, 3000, ProjectField.FUND_PROVINCE, "2,000.50", ProjectField.FUND_COUNTY, 0,
                ProjectField.FUND_SELF, 0, ProjectField.PLANS, "水利发展规划"));
        water.put(ProjectField.PROVINCIAL_PROPOSAL, "拟报送");
        put(sheet, 3, water);
        put(sheet, 4, with(good("花园街道便民服务中心"), ProjectField.NAME, corrected ? "花园街道便民服务中心" : null));
        put(sheet, 5, with(good("花园街道雨污分流项目"), ProjectField.FUND_SELF, corrected ? 600 : 500));
        put(sheet, 6, with(good("花园街道智慧社区项目"), ProjectField.END_YEAR, corrected ? 2023 : 2019));
        put(sheet, 7, with(good("花园街道全民健身中心"), ProjectField.DOMAIN, corrected ? "社会民生" : "文体"));
        put(sheet, 8, with(with(good("花园街道停车场建设项目"), ProjectField.APPLICANT, "县住建局"), ProjectField.CODE,
                corrected ? "2006-411726-48-01-612345" : "2006-41172-48-01-6123456"));
        return bytes(workbook);
    }

    ImportReport importFile(byte[] file) {
        return excel.importWorkbook(new ByteArrayInputStream(file));
    }

    // ---- the acceptance points ------------------------------------------------------------------------------------

    @Test
    void goodRowsImportAndEachBadCellIsReportedByRowAndColumnThenTheCorrectedFileAddsOnlyTheFixedRows()
            throws IOException {
        ImportReport first = importFile(mixedFile(false));
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.rejectedRows()).isEqualTo(5);
        assertThat(first.errors()).extracting(ImportError::row, ImportError::column, ImportError::header)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "B", "项目名称"),
                        org.assertj.core.groups.Tuple.tuple(5, "K", "总投资（万元）"),
                        org.assertj.core.groups.Tuple.tuple(6, "T", "完工年份"),
                        org.assertj.core.groups.Tuple.tuple(7, "G", "所属领域"),
                        org.assertj.core.groups.Tuple.tuple(8, "A", "项目代码"));
        assertThat(first.errors()).extracting(ImportError::message).containsExactly(
                "必填",
                "资金来源合计 900.00 万元，与总投资 1,000.00 万元不一致",
                "完工年份 2019 早于开工年份 2021",
                "未知领域“文体”，可选：产业、基础设施、科技创新、乡村振兴、生态环保、社会民生、其他",
                "项目代码“2006-41172-48-01-6123456”格式不正确，应为 24 位，如 2006-411726-04-01-512345");
        assertThat(first.errors().get(1).describe())
                .isEqualTo("第 5 行 K 列（总投资（万元））：资金来源合计 900.00 万元，与总投资 1,000.00 万元不一致");
        assertThat(projects.count(ProjectFilter.all())).isEqualTo(2);

        // the two good rows arrived as entered, under the names officials wrote (羊册 is 羊册镇, 18 is plan 18)
        ProjectRow water = projects.page(ProjectFilter.all().withText("泌阳河"), 0, 10, List.of()).getFirst();
        assertThat(water.applicant()).isEqualTo("县水利局");
        assertThat(water.place()).isEqualTo("羊册镇");
        assertThat(water.totalInvestment()).isEqualByComparingTo("5000.50");
        assertThat(water.provincialProposal()).isEqualTo(ProposalStatus.PLANNED);
        ProjectDetail housing = projects.detail(
                projects.page(ProjectFilter.all().withText("老旧小区"), 0, 10, List.of()).getFirst().id());
        assertThat(housing.text(ProjectField.PLANS)).isEqualTo("十四五规划纲要、基本公共服务体系规划");
        assertThat(housing.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(housing.history()).extracting(HistoryEntry::action).containsExactly(ProjectAction.IMPORTED);

        ImportReport second = importFile(mixedFile(true));
        assertThat(second.errors()).isEmpty();
        assertThat(second.created()).isEqualTo(5);
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(second.updated()).isZero();
        assertThat(projects.count(ProjectFilter.all())).isEqualTo(7);

        ImportReport third = importFile(mixedFile(true));
        assertThat(third.unchanged()).isEqualTo(7);
        assertThat(third.created() + third.updated()).isZero();
        assertThat(projects.count(ProjectFilter.all())).isEqualTo(7);
    }

    @Test
    void exportThenImportChangesNothing() throws IOException {
        importFile(mixedFile(true));
        // a varied library: screened, proposed, county-wide, with free text that Excel must keep as it is
        long screened = projects.page(ProjectFilter.all().withText("泌阳河"), 0, 1, List.of()).getFirst().id();
        TestUsers.actAs(users, "shuili");
        projects.submit(screened);
        TestUsers.actAs(users, "office");
        projects.screen(screened);
        projects.setProposal(screened, ProposalLevel.NATIONAL, ProposalStatus.NOT_ADOPTED);
        projects.create(ProjectFixtures.valid(ref, "jiaotong", "县城至羊册镇公路改建工程").locationUnitId(null)
                .nature(ProjectNature.RECONSTRUCTION).scaleContent("路线全长 32.5 公里，\n二级公路标准。")
                .progress("已完成工可").remarks("跨乡镇").contactPhone("0396-7902128").startYear(2019).endYear(2022)
                .totalInvestment(new BigDecimal("12345.67")).funding(new Funding(new BigDecimal("10000"), null,
                        null, new BigDecimal("2345.67"), null, null)).periodInvestment(new BigDecimal("0.01"))
                .planIds(java.util.Set.of(ProjectFixtures.plan(ref, 13), ProjectFixtures.plan(ref, 0))).build());

        List<Map<String, Object>> before = snapshot();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excel.export(ProjectFilter.all(), out);
        ImportReport report = importFile(out.toByteArray());

        assertThat(report.errors()).isEmpty();
        assertThat(report.unchanged()).isEqualTo(8);
        assertThat(report.created() + report.updated()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from project order by id");
        rows.addAll(jdbc.queryForList("select project_id, work_item_id from project_plan order by 1, 2"));
        rows.add(Map.of("events", jdbc.queryForObject("select count(*) from project_event", Long.class)));
        return rows;
    }

    @Test
    void exportHoldsExactlyTheFilteredListInTheTemplateLayout() throws IOException {
        importFile(mixedFile(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excel.export(ProjectFilter.all().withDomain(ProjectFixtures.domain(ref, "生态环保")), out);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("项目库");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(ProjectField.NAME.ordinal()).getStringCellValue()).isEqualTo("项目名称*");
            assertThat(sheet.getRow(1).getCell(ProjectField.NAME.ordinal()).getStringCellValue())
                    .isEqualTo("泌阳河城区段综合治理工程");
            assertThat(sheet.getRow(1).getCell(ProjectField.STATUS.ordinal()).getStringCellValue()).isEqualTo("草稿");
            assertThat(sheet.getRow(1).getCell(ProjectField.TOTAL_INVESTMENT.ordinal()).getNumericCellValue())
                    .isEqualTo(5000.5);
        }
    }

    @Test
    void templateHasDropDownListsForEveryEnumerationAndTheInstructions() throws IOException {
        try (Workbook workbook = template()) {
            assertThat(workbook.getSheetName(0)).isEqualTo("项目库");
            assertThat(workbook.getSheet("填表说明")).isNotNull();
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("选项"))).isTrue();
            Sheet sheet = workbook.getSheet("项目库");
            assertThat(sheet.getRow(0).getCell(ProjectField.TOTAL_INVESTMENT.ordinal()).getStringCellValue())
                    .isEqualTo("总投资（万元）*");
            Map<Integer, DataValidation> byColumn = ((XSSFSheet) sheet).getDataValidations().stream().collect(
                    Collectors.toMap(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(), v -> v));
            assertThat(byColumn.keySet()).containsExactlyInAnyOrder(ProjectField.APPLICANT.ordinal(),
                    ProjectField.DOMAIN.ordinal(), ProjectField.NATURE.ordinal(), ProjectField.LOCATION.ordinal(),
                    ProjectField.LAND_STATUS.ordinal(), ProjectField.PLANNING_STATUS.ordinal(),
                    ProjectField.EIA_STATUS.ordinal(), ProjectField.NATIONAL_PROPOSAL.ordinal(),
                    ProjectField.PROVINCIAL_PROPOSAL.ordinal(), ProjectField.MUNICIPAL_PROPOSAL.ordinal());
            assertThat(byColumn.get(ProjectField.NATURE.ordinal()).getValidationConstraint().getExplicitListValues())
                    .containsExactly("新建", "扩建", "改建", "迁建", "续建");
            assertThat(byColumn.get(ProjectField.DOMAIN.ordinal()).getValidationConstraint().getFormula1())
                    .isEqualTo("DomainList");
            Sheet options = workbook.getSheet("选项");
            assertThat(options.getRow(6).getCell(0).getStringCellValue()).isEqualTo("其他");
            assertThat(options.getRow(0).getCell(2).getStringCellValue()).isEqualTo("全县");
            assertThat(options.getRow(1).getCell(2).getStringCellValue()).isEqualTo("花园街道");
        }
    }

    @Test
    void liaisonImportsOnlyTheirUnitsProjectsAndCannotChangeScreenedOnesByExcel() throws IOException {
        TestUsers.actAs(users, "huayuan");
        long own = projects.create(ProjectFixtures.valid(ref, "huayuan", "花园街道老旧小区改造项目").build());
        projects.submit(own);
        TestUsers.actAs(users, "office");
        projects.screen(own);

        TestUsers.actAs(users, "huayuan");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excel.export(ProjectFilter.all(), out);
        Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()));
        Sheet sheet = workbook.getSheet("项目库");
        put(sheet, 2, Map.of(ProjectField.REMARKS, "想改"));
        put(sheet, 3, with(good("县城供水管网改造"), ProjectField.APPLICANT, "县水利局"));
        put(sheet, 4, with(good("花园街道社区食堂项目"), ProjectField.APPLICANT, null));
        ImportReport report = importFile(bytes(workbook));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).extracting(ImportError::row, ImportError::header).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "项目名称"), org.assertj.core.groups.Tuple.tuple(3, "申报单位"));
        assertThat(report.errors().get(0).message()).contains("不能再修改");
        assertThat(report.errors().get(1).message()).isEqualTo("联络员只能填报本单位（花园街道）的项目");
        assertThat(projects.count(ProjectFilter.all())).isEqualTo(2);
        assertThat(projects.detail(own).input().remarks()).isNull();

        // the unchanged export of a screened project imports without complaint
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        excel.export(ProjectFilter.all(), again);
        assertThat(importFile(again.toByteArray()).unchanged()).isEqualTo(2);

        TestUsers.actAs(users, "leader");
        assertThatThrownBy(() -> importFile(mixedFile(true))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFileThatIsNotTheTemplateIsRefusedWithAClearMessage() throws IOException {
        assertThatThrownBy(() -> importFile("项目名称,总投资\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("请上传 Excel 文件");
        Workbook workbook = WorkbookFactory.create(true);
        workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("名称");
        byte[] file = bytes(workbook);
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("找不到表头");
        assertThat(projects.count(ProjectFilter.all())).isZero();
    }
}
