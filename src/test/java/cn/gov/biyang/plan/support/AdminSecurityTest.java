package cn.gov.biyang.plan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The security and administration tests' context (one, shared by all of them): the real app on a random port against
 * its own embedded PostgreSQL, with a clock the tests move ({@link AdminTestClock}), office accounts required to use a
 * second factor (as in production), and forwarded headers honoured (as behind the production proxy).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded-db.data-dir=target/test-pg/${random.uuid}",
        "portal.embedded-db.clean=true",
        "portal.embedded-db.port=0",
        // a clean slate: the test makes its own data (the demo activity has DemoActivityTest)
        "portal.demo.activity=false",
        "portal.security.office-second-factor-required=true",
        "server.forward-headers-strategy=native"})
@Import(AdminTestClock.Config.class)
public @interface AdminSecurityTest {
}
