package cn.gov.biyang.plan.projects;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 24-character project code of GB/T 40058-2021 (全国固定资产投资项目代码), as the online approval platform
 * assigns it: {@code 时间代码-地区代码-中央业务指导部门代码-项目类型代码-随机码及校验码}, e.g. {@code 2006-411726-04-01-512345}.
 * We check the structure and the parts that have a knowable range; the check digit's algorithm is not public, so a
 * code with a wrong check digit still passes (docs/decisions/0021-project-record-rules.md).
 */
public final class ProjectCode {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6})-(\\d{2})-(\\d{2})-(\\d{6})");

    private ProjectCode() {
    }

    /** Blanks removed and full-width digits and dashes made plain, since codes are often pasted from documents. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (char c : raw.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                s.append((char) ('0' + (c - '０')));
            } else if (c == '－' || c == '—' || c == '–' || c == '‐') {
                s.append('-');
            } else if (!Character.isWhitespace(c)) {
                s.append(c);
            }
        }
        return s.isEmpty() ? null : s.toString();
    }

    /** Why the code is not a valid project code, or empty when it is. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String example = "，应为 24 位，如 2006-411726-04-01-512345";
        Matcher m = FORMAT.matcher(code);
        if (code.length() != 24 || !m.matches()) {
            return Optional.of("项目代码“" + code + "”格式不正确" + example);
        }
        if (!validTimeCode(m.group(1))) {
            return Optional.of("项目代码“" + code + "”的时间代码（前 4 位）应为赋码年份或年月" + example);
        }
        int province = Integer.parseInt(m.group(2).substring(0, 2));
        if (province < 11 || province > 82) {
            return Optional.of("项目代码“" + code + "”的地区代码（第 6—11 位）不是行政区划代码" + example);
        }
        if (m.group(4).equals("00")) {
            return Optional.of("项目代码“" + code + "”的项目类型代码不能为 00" + example);
        }
        return Optional.empty();
    }

    /**
     * Codes assigned before the 2020 rules start with the year (2017-…); later ones with year and month (2006- for
     * June 2020). A four-digit group that is neither is wrong.
     */
    private static boolean validTimeCode(String t) {
        int value = Integer.parseInt(t);
        if (value >= 2014 && value <= 2019) {
            return true;
        }
        int year = value / 100;
        int month = value % 100;
        return year >= 20 && year <= 99 && month >= 1 && month <= 12;
    }
}
