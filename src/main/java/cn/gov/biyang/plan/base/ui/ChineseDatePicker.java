package cn.gov.biyang.plan.base.ui;

import java.time.LocalDate;
import java.util.List;

import cn.gov.biyang.plan.base.PortalI18NProvider;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker that speaks Chinese when the page does: dates shown as 2020年1月31日 (typed also as 2020-01-31 or
 * 2020/1/31), weeks from Monday, month and weekday names, 今天 / 取消, and Chinese messages for a date it cannot read
 * or one outside the allowed range. In English the component's own wording stays.
 */
public class ChineseDatePicker extends DatePicker {

    public ChineseDatePicker() {
    }

    public ChineseDatePicker(String label) {
        super(label);
    }

    public ChineseDatePicker(String label, LocalDate value) {
        super(label, value);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (!PortalI18NProvider.ENGLISH.getLanguage().equals(attachEvent.getUI().getLocale().getLanguage())) {
            setI18n(chinese());
        }
    }

    static DatePickerI18n chinese() {
        return new DatePickerI18n()
                .setDateFormats("yyyy年M月d日", "yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd")
                .setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                        "十一月", "十二月"))
                .setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"))
                .setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"))
                .setFirstDayOfWeek(1)
                .setToday("今天")
                .setCancel("取消")
                .setBadInputErrorMessage("日期格式不正确，请按 2020年1月31日 或 2020-01-31 填写")
                .setMinErrorMessage("日期早于允许的最早日期")
                .setMaxErrorMessage("日期晚于允许的最晚日期");
    }
}
