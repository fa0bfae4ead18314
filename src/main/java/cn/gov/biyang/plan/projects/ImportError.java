package cn.gov.biyang.plan.projects;

/** A problem of an imported file: its row and column as Excel shows them (第 5 行, K 列 总投资（万元）). */
public record ImportError(int row, String column, String header, String message) {

    public String describe() {
        return "第 " + row + " 行" + (column == null ? "" : " " + column + " 列（" + header + "）") + "：" + message;
    }
}
