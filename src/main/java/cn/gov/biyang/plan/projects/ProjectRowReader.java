package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the rows of the library's Excel layout into project inputs, reporting every cell it cannot understand by
 * row and column. Columns are found by their headers, so a sheet whose columns were moved still reads; values are
 * read as officials type them (numbers as text, 2021年, 1,234.5, units under another written name).
 */
final class ProjectRowReader {

    /** A row read: the input (cells that could not be read are empty) and the problems found. */
    record ReadRow(int rowNumber, ProjectInput input, List<ImportError> errors) {
    }

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    private final Sheet sheet;
    private final ReferenceData ref;
    private final Long defaultApplicant;
    private final Map<ProjectField, Integer> columns = new EnumMap<>(ProjectField.class);
    private final int headerRow;

    /**
     * @param defaultApplicant the unit a blank 申报单位 means (a liaison's own unit), or null when it is required
     * @throws IllegalArgumentException when the sheet has no header row with the required columns
     */
    ProjectRowReader(Sheet sheet, ReferenceData ref, Long defaultApplicant) {
        this.sheet = sheet;
        this.ref = ref;
        this.defaultApplicant = defaultApplicant;
        this.headerRow = findHeader();
        List<String> missing = new ArrayList<>();
        for (ProjectField f : ProjectField.IMPORTED) {
            if (f.required() && !columns.containsKey(f)
                    && !(f == ProjectField.APPLICANT && defaultApplicant != null)) {
                missing.add("“" + f.header() + "”");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("表头缺少必填列 " + String.join("、", missing)
                    + "，请使用从本平台下载的模板");
        }
    }

    /** The first of the first ten rows that names 项目名称; its cells give the columns. */
    private int findHeader() {
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 9); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<ProjectField, Integer> found = new EnumMap<>(ProjectField.class);
            for (Cell cell : row) {
                ProjectField.byHeader(FORMATTER.formatCellValue(cell)).ifPresent(f -> found.putIfAbsent(f,
                        cell.getColumnIndex()));
            }
            if (found.containsKey(ProjectField.NAME)) {
                columns.putAll(found);
                return r;
            }
        }
        throw new IllegalArgumentException("找不到表头（含“项目名称”列的行），请使用从本平台下载的模板");
    }

    List<ReadRow> rows() {
        List<ReadRow> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row)) {
                continue;
            }
            rows.add(read(row));
        }
        return rows;
    }

    private boolean isBlank(Row row) {
        for (Map.Entry<ProjectField, Integer> c : columns.entrySet()) {
            if (c.getKey() != ProjectField.STATUS && !text(row, c.getKey()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private ReadRow read(Row row) {
        int number = row.getRowNum() + 1;
        List<ImportError> errors = new ArrayList<>();
        ProjectInput.Builder b = ProjectInput.builder();
        b.code(text(row, ProjectField.CODE));
        b.name(text(row, ProjectField.NAME));
        String applicant = text(row, ProjectField.APPLICANT);
        if (applicant.isEmpty()) {
            b.applicantUnitId(defaultApplicant);
        } else {
            ref.unitNamed(applicant).ifPresentOrElse(u -> b.applicantUnitId(u.id()),
                    () -> errors.add(error(number, ProjectField.APPLICANT, "未知单位“" + applicant + "”")));
        }
        b.legalEntity(text(row, ProjectField.LEGAL_ENTITY));
        b.contactPerson(text(row, ProjectField.CONTACT_PERSON));
        b.contactPhone(text(row, ProjectField.CONTACT_PHONE));
        String domain = text(row, ProjectField.DOMAIN);
        if (!domain.isEmpty()) {
            ref.domainNamed(domain).ifPresentOrElse(d -> b.domainId(d.id()), () -> errors.add(error(number,
                    ProjectField.DOMAIN, "未知领域“" + domain + "”，可选："
                            + String.join("、", ref.activeDomains().stream().map(DomainRef::name).toList()))));
        }
        b.nature(choice(row, number, ProjectField.NATURE, ProjectNature.class, errors));
        String place = text(row, ProjectField.LOCATION);
        if (!place.isEmpty() && !isCountyWide(place)) {
            Optional<UnitOption> unit = ref.unitNamed(place);
            if (unit.isPresent() && unit.get().township()) {
                b.locationUnitId(unit.get().id());
            } else {
                errors.add(error(number, ProjectField.LOCATION, "“" + place + "”不是本县的乡镇或街道；全县性项目填“"
                        + ReferenceData.COUNTY_WIDE + "”"));
            }
        }
        b.scaleContent(text(row, ProjectField.SCALE_CONTENT));
        b.totalInvestment(amount(row, number, ProjectField.TOTAL_INVESTMENT, errors));
        for (ProjectField source : List.of(ProjectField.FUND_CENTRAL, ProjectField.FUND_PROVINCE,
                ProjectField.FUND_CITY, ProjectField.FUND_COUNTY, ProjectField.FUND_SELF, ProjectField.FUND_OTHER)) {
            b.fund(source, amount(row, number, source, errors));
        }
        b.periodInvestment(amount(row, number, ProjectField.PERIOD_INVESTMENT, errors));
        b.startYear(year(row, number, ProjectField.START_YEAR, errors));
        b.endYear(year(row, number, ProjectField.END_YEAR, errors));
        b.progress(text(row, ProjectField.PROGRESS));
        b.landStatus(choice(row, number, ProjectField.LAND_STATUS, PermitStatus.class, errors));
        b.planningStatus(choice(row, number, ProjectField.PLANNING_STATUS, PermitStatus.class, errors));
        b.eiaStatus(choice(row, number, ProjectField.EIA_STATUS, PermitStatus.class, errors));
        b.planIds(plans(row, number, errors));
        b.nationalProposal(choice(row, number, ProjectField.NATIONAL_PROPOSAL, ProposalStatus.class, errors));
        b.provincialProposal(choice(row, number, ProjectField.PROVINCIAL_PROPOSAL, ProposalStatus.class, errors));
        b.municipalProposal(choice(row, number, ProjectField.MUNICIPAL_PROPOSAL, ProposalStatus.class, errors));
        b.remarks(text(row, ProjectField.REMARKS));
        return new ReadRow(number, b.build().normalized(), errors);
    }

    static boolean isCountyWide(String place) {
        return place.equals(ReferenceData.COUNTY_WIDE) || place.equals("全县域") || place.equals("跨乡镇")
                || place.equals("全县（跨乡镇）");
    }

    ImportError error(int row, ProjectField field, String message) {
        Integer column = columns.get(field);
        String letter = column == null ? field.columnLetter() : columnLetter(column);
        return new ImportError(row, letter, field.header(), message);
    }

    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            s.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }

    private Cell cell(Row row, ProjectField field) {
        Integer column = columns.get(field);
        return column == null ? null : row.getCell(column);
    }

    private String text(Row row, ProjectField field) {
        Cell cell = cell(row, field);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                        : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
        return value.strip();
    }

    private BigDecimal amount(Row row, int number, ProjectField field, List<ImportError> errors) {
        Cell cell = cell(row, field);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        BigDecimal value;
        if (type == CellType.NUMERIC) {
            value = BigDecimal.valueOf(cell.getNumericCellValue());
        } else {
            String raw = text(row, field).replaceAll("[,，\\s]", "").replaceFirst("万元$", "");
            if (raw.isEmpty()) {
                return null;
            }
            try {
                value = new BigDecimal(raw);
            } catch (NumberFormatException e) {
                errors.add(error(number, field, "“" + text(row, field) + "”不是金额，请填写数字（万元）"));
                return null;
            }
        }
        BigDecimal rounded = Money.of(value);
        // Excel stores doubles: 0.1 + 0.2 arrives as 0.30000000000000004, which is still 0.30
        if (rounded.subtract(value).abs().compareTo(new BigDecimal("0.000001")) > 0) {
            errors.add(error(number, field, "金额最多保留两位小数（万元）"));
            return null;
        }
        return rounded;
    }

    private Integer year(Row row, int number, ProjectField field, List<ImportError> errors) {
        String raw = text(row, field).replaceFirst("年$", "");
        if (raw.isEmpty()) {
            return null;
        }
        if (!raw.matches("\\d{4}")) {
            errors.add(error(number, field, "“" + text(row, field) + "”不是年份，请填写四位年份，如 2021"));
            return null;
        }
        return Integer.parseInt(raw);
    }

    private <E extends Enum<E> & Labelled> E choice(Row row, int number, ProjectField field, Class<E> type,
                                                    List<ImportError> errors) {
        String raw = text(row, field);
        if (raw.isEmpty()) {
            return null;
        }
        Optional<E> value = Labelled.fromLabel(type, raw);
        if (value.isEmpty()) {
            errors.add(error(number, field, "“" + raw + "”不是可选值，可选：" + Labelled.labels(type)));
            return null;
        }
        return value.get();
    }

    private Set<Long> plans(Row row, int number, List<ImportError> errors) {
        Set<Long> ids = new HashSet<>();
        String raw = text(row, ProjectField.PLANS);
        if (raw.isEmpty()) {
            return ids;
        }
        for (String part : raw.split("[、,，;；/\\n]+")) {
            if (part.isBlank()) {
                continue;
            }
            ref.planNamed(part).ifPresentOrElse(p -> ids.add(p.id()), () -> errors.add(error(number,
                    ProjectField.PLANS, "未知规划“" + part.strip() + "”，请填写规划编号或名称（见“填表说明”）")));
        }
        return ids;
    }
}
