package cn.gov.biyang.plan.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.biyang.plan.audit.AuditService;
import jakarta.persistence.EntityManager;
import cn.gov.biyang.plan.security.SignedInUser;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library speaks Excel both ways: a template with drop-down lists, an export of any filtered list in the same
 * layout, and an import that checks every row, imports the valid ones and reports each bad cell. Importing a file
 * again creates no duplicates: rows are matched by 项目代码, else by 申报单位 + 项目名称.
 */
@Service
@Transactional(readOnly = true)
public class ProjectExcelService {

    /** Larger files are refused before they are opened (an .xlsx of 10,000 projects is about 2 MB). */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final ProjectService service;
    private final ProjectRepository projects;
    private final ProjectQueries queries;
    private final ProjectWriter writer;
    private final ProjectAccess access;
    private final AuditService audit;
    private final EntityManager entityManager;

    ProjectExcelService(ProjectService service, ProjectRepository projects, ProjectQueries queries,
                        ProjectWriter writer, ProjectAccess access, AuditService audit, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.service = service;
        this.projects = projects;
        this.queries = queries;
        this.writer = writer;
        this.access = access;
        this.audit = audit;
    }

    /** The empty template with the drop-down lists and the instructions. */
    public void writeTemplate(OutputStream out) {
        access.user();
        try (ProjectWorkbookWriter workbook = new ProjectWorkbookWriter(service.referenceData())) {
            workbook.finish(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every project of the filter (a liaison's: their unit's), in the template's layout. */
    public void export(ProjectFilter filter, OutputStream out) {
        SignedInUser user = access.user();
        ProjectQueries.Where where = ProjectQueries.Where.of(filter, ProjectAccess.scopeUnit(user));
        try (ProjectWorkbookWriter workbook = new ProjectWorkbookWriter(service.referenceData())) {
            queries.forEachRecord(where, (id, input, status) -> workbook.write(input, status));
            workbook.finish(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the first sheet (or the sheet named 项目库) of an .xlsx or .xls file. Valid rows are saved together;
     * rows with any error are left out and reported cell by cell.
     *
     * @throws IllegalArgumentException when the file is not a spreadsheet or lacks the template's header
     */
    @Transactional
    public ImportReport importWorkbook(InputStream in) {
        SignedInUser user = access.user();
        Optional<String> refusal = ProjectAccess.whyNotCreate(user);
        if (refusal.isPresent()) {
            throw access.refuse(user, "PROJECTS_IMPORTED", null, refusal.get());
        }
        ReferenceData ref = service.referenceData();
        List<ProjectRowReader.ReadRow> rows;
        ProjectRowReader reader;
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(ProjectWorkbookWriter.DATA_SHEET);
            reader = new ProjectRowReader(sheet == null ? workbook.getSheetAt(0) : sheet, ref,
                    user.isLiaison() ? user.unitId() : null);
            rows = reader.rows();
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
                    && iae.getMessage().contains("表头")) {
                throw iae;
            }
            throw new IllegalArgumentException("无法读取文件，请上传 Excel 文件（.xlsx 或 .xls）", e);
        }

        ImportIndex index = ImportIndex.load(queries);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> codesSeen = new HashMap<>();
        Map<String, Integer> namesSeen = new HashMap<>();
        for (ProjectRowReader.ReadRow row : rows) {
            List<ImportError> rowErrors = new ArrayList<>(row.errors());
            ProjectInput input = row.input();
            ProjectIdentities.Known existing = null;
            if (!rowErrors.isEmpty()) {
                // report the row's other problems too (funding, years…), so one correction round is enough
                for (FieldError e : ProjectRules.check(input, ref)) {
                    ImportError error = reader.error(row.rowNumber(), e.field(), e.message());
                    if (rowErrors.stream().noneMatch(r -> r.column().equals(error.column()))) {
                        rowErrors.add(error);
                    }
                }
                rowErrors.sort(java.util.Comparator.comparing(ImportError::column,
                        java.util.Comparator.comparingInt(String::length).thenComparing(c -> c)));
            } else {
                existing = match(input, row.rowNumber(), reader, index, rowErrors);
                sameFileDuplicates(input, row.rowNumber(), reader, codesSeen, namesSeen, rowErrors);
            }
            boolean identical = existing != null && rowErrors.isEmpty() && existing.input().equals(input);
            if (rowErrors.isEmpty() && !identical) {
                Optional<String> notAllowed = existing == null ? Optional.empty()
                        : ProjectAccess.whyNotEdit(user, existing.applicantUnitId(), existing.status());
                if (notAllowed.isPresent()) {
                    audit.recordRefusal(user.username(), "PROJECT_IMPORT_UPDATED", ProjectAccess.OBJECT_TYPE,
                            existing.id().toString(), notAllowed.get());
                    rowErrors.add(reader.error(row.rowNumber(), ProjectField.NAME, notAllowed.get()));
                } else {
                    for (FieldError e : writer.problems(user, ref, existing, input, index)) {
                        rowErrors.add(reader.error(row.rowNumber(), e.field(), e.message()));
                    }
                }
            }
            if (!rowErrors.isEmpty()) {
                rejected++;
                errors.addAll(rowErrors);
                continue;
            }
            if (identical) {
                unchanged++;
                continue;
            }
            Project saved;
            if (existing == null) {
                saved = writer.create(user, ref, input, ProjectAction.IMPORTED, index);
                created++;
            } else {
                Project project = projects.findById(existing.id()).orElseThrow();
                writer.update(user, ref, project, input, ProjectAction.IMPORT_UPDATED, index);
                saved = project;
                updated++;
            }
            index.put(existing, ProjectWriter.known(saved));
            // everything of this row is written; keeping thousands of saved rows managed would make every further
            // flush check them all
            entityManager.clear();
        }
        ImportReport report = new ImportReport(created, updated, unchanged, rejected, List.copyOf(errors));
        audit.record(user.username(), "PROJECTS_IMPORTED", ProjectAccess.OBJECT_TYPE, null, report.summary());
        return report;
    }

    /**
     * The project this row is about: the one with its code, else the applicant's project of the same name. A row
     * whose code differs from the code of the same-named project is an error, not a new project.
     */
    private static ProjectIdentities.Known match(ProjectInput input, int rowNumber, ProjectRowReader reader,
                                                 ImportIndex index, List<ImportError> errors) {
        if (input.code() != null) {
            Optional<ProjectIdentities.Known> byCode = index.byCode(input.code());
            if (byCode.isPresent()) {
                return byCode.get();
            }
        }
        if (input.name() == null || input.applicantUnitId() == null) {
            return null;
        }
        ProjectIdentities.Known byName = index.byName(input.applicantUnitId(), Project.matchName(input.name()))
                .orElse(null);
        if (byName != null && byName.code() != null && input.code() != null) {
            errors.add(reader.error(rowNumber, ProjectField.CODE, "本单位同名项目的项目代码为 " + byName.code()
                    + "，与本行不一致"));
        }
        return byName;
    }

    private static void sameFileDuplicates(ProjectInput input, int rowNumber, ProjectRowReader reader,
                                           Map<String, Integer> codesSeen, Map<String, Integer> namesSeen,
                                           List<ImportError> errors) {
        if (input.code() != null) {
            Integer first = codesSeen.putIfAbsent(input.code(), rowNumber);
            if (first != null) {
                errors.add(reader.error(rowNumber, ProjectField.CODE, "与第 " + first + " 行的项目代码重复"));
            }
        }
        if (input.name() != null && input.applicantUnitId() != null) {
            String key = input.applicantUnitId() + "/" + Project.matchName(input.name());
            Integer first = namesSeen.putIfAbsent(key, rowNumber);
            if (first != null) {
                errors.add(reader.error(rowNumber, ProjectField.NAME, "与第 " + first + " 行是同一单位的同名项目"));
            }
        }
    }
}
