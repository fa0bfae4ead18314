package cn.gov.biyang.plan.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The audit chain is sealed by a background job every few seconds ({@code portal.audit.seal-interval}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {
}
