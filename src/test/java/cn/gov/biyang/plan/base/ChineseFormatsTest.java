package cn.gov.biyang.plan.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseFormatsTest {

    @Test
    void datesAsOfficialsWriteThem() {
        assertThat(ChineseFormats.date(LocalDate.of(2020, 1, 31))).isEqualTo("2020年1月31日");
        assertThat(ChineseFormats.period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 29)))
                .isEqualTo("2020年1月1日—2月29日");
        assertThat(ChineseFormats.period(LocalDate.of(2020, 10, 1), LocalDate.of(2021, 2, 28)))
                .isEqualTo("2020年10月1日—2021年2月28日");
        assertThat(ChineseFormats.date(null)).isEmpty();
    }
}
