package cn.gov.biyang.plan.projects;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the library's Excel layout: one sheet 项目库 with a header row and one project per row, drop-down lists for
 * every enumeration, a sheet 填表说明, and a hidden sheet 选项 holding the long lists (domains, units, places). The
 * template is this layout with no rows; an export is the same layout with rows, so it imports back unchanged.
 * Streams rows to disk (SXSSF), so 10,000 projects do not sit in memory as cell objects.
 */
final class ProjectWorkbookWriter implements AutoCloseable {

    static final String DATA_SHEET = "项目库";
    static final String HELP_SHEET = "填表说明";
    static final String OPTIONS_SHEET = "选项";
    /** Rows below the data that still get the drop-down lists, for projects added in Excel. */
    private static final int SPARE_ROWS = 1000;
    private static final int MAX_TEXT = 32767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final ReferenceData ref;
    private final CellStyle text;
    private final CellStyle money;
    private final CellStyle year;
    private int nextRow = 1;

    ProjectWorkbookWriter(ReferenceData ref) {
        this.ref = ref;
        sheet = workbook.createSheet(DATA_SHEET);
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        text.setVerticalAlignment(VerticalAlignment.TOP);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        money.setVerticalAlignment(VerticalAlignment.TOP);
        year = workbook.createCellStyle();
        year.setDataFormat(workbook.createDataFormat().getFormat("0"));
        year.setVerticalAlignment(VerticalAlignment.TOP);
        writeHeader();
    }

    private void writeHeader() {
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        CellStyle requiredHeader = workbook.createCellStyle();
        requiredHeader.cloneStyleFrom(header);
        Font red = workbook.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.DARK_RED.getIndex());
        requiredHeader.setFont(red);

        Row row = sheet.createRow(0);
        row.setHeightInPoints(36);
        for (ProjectField f : ProjectField.values()) {
            Cell cell = row.createCell(f.ordinal());
            // required columns carry a * (the reader ignores it) and a red header
            cell.setCellValue(f.required() ? f.header() + "*" : f.header());
            cell.setCellStyle(f.required() ? requiredHeader : header);
            sheet.setColumnWidth(f.ordinal(), width(f) * 256);
            sheet.setDefaultColumnStyle(f.ordinal(), f.isMoney() ? money : f.isYear() ? year : text);
        }
        sheet.createFreezePane(2, 1);
    }

    private static int width(ProjectField f) {
        return switch (f) {
            case NAME, SCALE_CONTENT, PROGRESS, REMARKS -> 36;
            case CODE, LEGAL_ENTITY, PLANS -> 26;
            case APPLICANT, CONTACT_PHONE, PERIOD_INVESTMENT -> 18;
            default -> 13;
        };
    }

    void write(ProjectInput in, ProjectStatus status) {
        Row row = sheet.createRow(nextRow++);
        for (ProjectField f : ProjectField.values()) {
            Cell cell = row.createCell(f.ordinal());
            if (f.isMoney()) {
                BigDecimal amount = f.isFund() ? in.funding().get(f)
                        : f == ProjectField.TOTAL_INVESTMENT ? in.totalInvestment() : in.periodInvestment();
                cell.setCellStyle(money);
                if (amount != null) {
                    cell.setCellValue(amount.doubleValue());
                }
            } else if (f.isYear()) {
                Integer value = f == ProjectField.START_YEAR ? in.startYear() : in.endYear();
                cell.setCellStyle(year);
                if (value != null) {
                    cell.setCellValue(value);
                }
            } else {
                String value = f == ProjectField.STATUS ? status.label() : ProjectCells.text(f, in, ref);
                cell.setCellStyle(text);
                if (!value.isEmpty()) {
                    cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
                }
            }
        }
    }

    void finish(OutputStream out) throws IOException {
        writeOptionsAndValidations();
        writeHelp();
        workbook.setActiveSheet(0);
        workbook.write(out);
    }

    private void writeOptionsAndValidations() {
        Sheet options = workbook.createSheet(OPTIONS_SHEET);
        List<String> domains = ref.activeDomains().stream().map(DomainRef::name).toList();
        List<String> units = ref.units().stream().map(UnitOption::name).toList();
        List<String> places = new java.util.ArrayList<>();
        places.add(ReferenceData.COUNTY_WIDE);
        ref.townships().forEach(t -> places.add(t.name()));
        int longest = Math.max(domains.size(), Math.max(units.size(), places.size()));
        for (int i = 0; i < longest; i++) {
            Row row = options.createRow(i);
            if (i < domains.size()) {
                row.createCell(0).setCellValue(domains.get(i));
            }
            if (i < units.size()) {
                row.createCell(1).setCellValue(units.get(i));
            }
            if (i < places.size()) {
                row.createCell(2).setCellValue(places.get(i));
            }
        }
        workbook.setSheetHidden(workbook.getSheetIndex(options), true);

        listFromOptions(ProjectField.DOMAIN, "DomainList", "A", domains.size());
        listFromOptions(ProjectField.APPLICANT, "UnitList", "B", units.size());
        listFromOptions(ProjectField.LOCATION, "PlaceList", "C", places.size());
        explicitList(ProjectField.NATURE, labels(ProjectNature.class));
        for (ProjectField f : List.of(ProjectField.LAND_STATUS, ProjectField.PLANNING_STATUS,
                ProjectField.EIA_STATUS)) {
            explicitList(f, labels(PermitStatus.class));
        }
        for (ProjectField f : List.of(ProjectField.NATIONAL_PROPOSAL, ProjectField.PROVINCIAL_PROPOSAL,
                ProjectField.MUNICIPAL_PROPOSAL)) {
            explicitList(f, labels(ProposalStatus.class));
        }
    }

    private static <E extends Enum<E> & Labelled> String[] labels(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Labelled::label).toArray(String[]::new);
    }

    private CellRangeAddressList dataRows(ProjectField f) {
        int last = Math.min(nextRow + SPARE_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
        return new CellRangeAddressList(1, last, f.ordinal(), f.ordinal());
    }

    private void listFromOptions(ProjectField f, String name, String column, int size) {
        if (size == 0) {
            return;
        }
        Name range = workbook.createName();
        range.setNameName(name);
        range.setRefersToFormula("'" + OPTIONS_SHEET + "'!$" + column + "$1:$" + column + "$" + size);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(helper, helper.createFormulaListConstraint(name), f);
    }

    private void explicitList(ProjectField f, String[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(helper, helper.createExplicitListConstraint(values), f);
    }

    private void add(DataValidationHelper helper, DataValidationConstraint constraint, ProjectField f) {
        DataValidation validation = helper.createValidation(constraint, dataRows(f));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("请从下拉列表中选择", f.header() + "只能填写下拉列表中的值");
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private void writeHelp() {
        Sheet help = workbook.createSheet(HELP_SHEET);
        help.setColumnWidth(0, 110 * 256);
        List<String> lines = new java.util.ArrayList<>(List.of(
                "泌阳县“十四五”重大工程项目库 · 填表说明",
                "",
                "1. 在“" + DATA_SHEET + "”表中每行填写一个项目，第一行为表头，请勿修改或删除表头。带 * 的列为必填。",
                "2. 金额单位均为万元，最多保留两位小数。资金来源（中央、省级、市级、县级、自筹/社会资本、其他）之和必须等于总投资；未填的来源按 0 计。",
                "3. “十四五”期间计划投资不得超过总投资；建设年限与 2021—2025 年不重叠的项目，期间计划投资应为 0。",
                "4. 开工年份、完工年份填四位年份，完工年份不得早于开工年份。",
                "5. 项目代码可不填；填写时应为全国投资项目在线审批监管平台赋予的 24 位代码（GB/T 40058-2021），如 2006-411726-04-01-512345。",
                "6. 申报单位、所属领域、建设性质、建设地点、用地预审、规划选址、环评、拟报国家/省级/市级规划请从下拉列表选择。"
                        + "建设地点为乡镇或街道，全县性或跨乡镇项目填“" + ReferenceData.COUNTY_WIDE + "”。",
                "7. 所属规划可填一个或多个，用顿号（、）分隔，可填规划编号或名称，可选规划见下表。",
                "8. 重复导入不会产生重复项目：有项目代码的按项目代码识别，没有的按“申报单位 + 项目名称”识别；内容未变的行不作改动，内容有变的行更新原项目。",
                "9. “" + ProjectField.STATUS.header() + "”列仅供查看，导入时不修改项目状态。联络员只能导入本单位的项目，已交规划办筛选的项目不能通过导入修改。",
                "",
                "可选规划（编号 · 名称）："));
        for (PlanOption p : ref.plans()) {
            lines.add(p.number() + " · " + p.shortTitle() + "（" + p.title() + "）");
        }
        lines.add("");
        lines.add("所属领域：" + String.join("、", ref.activeDomains().stream().map(DomainRef::name).toList()));
        lines.add("建设性质：" + Labelled.labels(ProjectNature.class));
        lines.add("用地预审 / 规划选址 / 环评：" + Labelled.labels(PermitStatus.class));
        lines.add("拟报国家 / 省级 / 市级规划：" + Labelled.labels(ProposalStatus.class) + "（不报送则留空）");
        for (int i = 0; i < lines.size(); i++) {
            help.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
    }

    /** Also removes the temporary files SXSSF streamed the rows to. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
