package cn.gov.biyang.plan.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel 台账 written with SXSSF, rows streamed from the database into a 100-row window (docs/decisions/0051):
 * every deliverable, and the monitor of a phase as the office sees it. The office and leadership export.
 */
@Service
@Transactional(readOnly = true)
public class LedgerExportService {

    public static final String XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> LEDGER_HEADER = List.of("单位", "事项", "材料", "截止日期", "状态", "轮次", "最近活动");

    private final JdbcTemplate jdbc;
    private final MonitoringService monitoring;
    private final CurrentUser currentUser;

    LedgerExportService(JdbcTemplate jdbc, MonitoringService monitoring, CurrentUser currentUser) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(500);
        this.monitoring = monitoring;
        this.currentUser = currentUser;
    }

    /** Every deliverable (not removed, of items not retired), by unit, item and position. */
    public void ledger(OutputStream out) {
        requireReader();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("材料台账");
            CellStyle bold = boldStyle(wb);
            header(sheet, LEDGER_HEADER, bold);
            int[] next = {1};
            jdbc.query("""
                    select u.name as unit_name, w.kind, w.number, w.title, d.name, d.due_on, d.status, d.current_round,
                           greatest((select max(coalesce(r.decided_at, r.submitted_at)) from review_round r
                                     where r.deliverable_id = d.id),
                                    (select max(v.uploaded_at) from document_version v
                                     where v.deliverable_id = d.id)) as last_activity
                    from deliverable d
                    join work_item w on w.id = d.work_item_id
                    join unit u on u.id = w.lead_unit_id
                    where not d.removed and not w.retired
                    order by u.name, w.kind, w.number, d.position, d.id""", rs -> {
                Row row = sheet.createRow(next[0]++);
                java.sql.Date due = rs.getDate("due_on");
                Timestamp last = rs.getTimestamp("last_activity");
                row.createCell(0).setCellValue(rs.getString("unit_name"));
                row.createCell(1).setCellValue(MonitoringService.reference(rs.getString("kind"), rs.getInt("number"))
                        + " " + rs.getString("title"));
                row.createCell(2).setCellValue(rs.getString("name"));
                row.createCell(3).setCellValue(due == null ? "未设定" : ChineseFormats.date(due.toLocalDate()));
                row.createCell(4).setCellValue(MonitoringService.statusLabel(rs.getString("status")));
                row.createCell(5).setCellValue(rs.getInt("current_round"));
                row.createCell(6).setCellValue(last == null ? "" : ChineseFormats.dateTime(last.toInstant()));
            });
            widths(sheet, 7);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The monitor matrix of a phase: one row per unit, its red/amber/green counts, per column the items coloured. */
    public void monitor(int phase, OutputStream out) {
        requireReader();
        Matrix m = monitoring.matrix(phase);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("进度监测");
            CellStyle bold = boldStyle(wb);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(m.phaseName() + "（" + ChineseFormats.period(m.from(), m.to()) + "） 截至"
                    + ChineseFormats.date(m.today()));
            title.getCell(0).setCellStyle(bold);
            List<String> header = new java.util.ArrayList<>(List.of("牵头单位", "红", "黄", "绿"));
            header.addAll(m.columns());
            Row h = sheet.createRow(1);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
                h.getCell(i).setCellStyle(bold);
            }
            int r = 2;
            for (MatrixRow mr : m.rows()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(mr.unitName());
                row.createCell(1).setCellValue(mr.red());
                row.createCell(2).setCellValue(mr.amber());
                row.createCell(3).setCellValue(mr.green());
                for (int c = 0; c < m.columns().size(); c++) {
                    StringBuilder text = new StringBuilder();
                    for (MatrixCell cell : mr.cellsOf(m.columns().get(c))) {
                        if (!text.isEmpty()) {
                            text.append('\n');
                        }
                        text.append(cell.itemReference()).append('（').append(colourWord(cell.colour())).append('）');
                    }
                    row.createCell(4 + c).setCellValue(text.toString());
                }
            }
            widths(sheet, header.size());
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String colourWord(Colour colour) {
        return switch (colour) {
            case RED -> "红·" + colour.label();
            case AMBER -> "黄·" + colour.label();
            case GREEN -> "绿·" + colour.label();
        };
    }

    private static void header(Sheet sheet, List<String> names, CellStyle style) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            h.createCell(i).setCellValue(names.get(i));
            h.getCell(i).setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int columns) {
        if (sheet instanceof SXSSFSheet s) {
            for (int i = 0; i < columns; i++) {
                s.setColumnWidth(i, i == 1 ? 40 * 256 : 18 * 256);
            }
        }
    }

    private static CellStyle boldStyle(SXSSFWorkbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        return style;
    }

    private SignedInUser requireReader() {
        SignedInUser user = currentUser.require();
        if (user.isLiaison()) {
            throw new AccessDeniedException("台账导出仅对县规划办和领导小组开放");
        }
        return user;
    }

    /** The current phase's number, or the first, for links without one. */
    public int defaultPhase() {
        return monitoring.defaultPhase();
    }
}
