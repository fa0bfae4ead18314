package cn.gov.biyang.plan.projects;

import java.util.List;

/**
 * What an import did: valid rows were created or updated (or were already identical); rows with errors were left
 * out entirely, each error naming its row and column.
 */
public record ImportReport(int created, int updated, int unchanged, int rejectedRows, List<ImportError> errors) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String summary() {
        return "新增 " + created + " 个，更新 " + updated + " 个，未变 " + unchanged + " 个，有错误未导入 " + rejectedRows + " 行";
    }
}
