package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in 万元 with two decimals (100 元), the precision of the officials' tables. */
public final class Money {

    public static final int SCALE = 2;

    private Money() {
    }

    /** The amount at two decimals, or null; rounding only removes what is below one 元 cent of a 万元. */
    public static BigDecimal of(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(SCALE) : of(value);
    }

    /** 12,345.60 — grouped, two decimals. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }
}
