package cn.gov.biyang.plan.base;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Tells views whether the app runs on the demo date, to show it in the header as 演示日期. */
@Component
public class DemoSettings {

    private final String demoDate;

    public DemoSettings(@Value("${portal.demo-date:}") String demoDate) {
        this.demoDate = demoDate;
    }

    public Optional<LocalDate> demoDate() {
        return demoDate == null || demoDate.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(demoDate.trim()));
    }
}
