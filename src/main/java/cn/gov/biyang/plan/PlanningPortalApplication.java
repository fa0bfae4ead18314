package cn.gov.biyang.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 规划编制协同平台: coordinates the compilation of a county's five-year plan. */
@SpringBootApplication
public class PlanningPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanningPortalApplication.class, args);
    }
}
