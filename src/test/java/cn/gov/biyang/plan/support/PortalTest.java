package cn.gov.biyang.plan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A service test against a real PostgreSQL: the embedded server, started fresh in its own data directory under
 * target/ for each Spring test context, with the default (demo) profile as the README's run command uses it, but
 * without the demo activity (uploads, reviews, projects): tests start from a clean slate. DemoActivityTest turns it on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "portal.embedded-db.data-dir=target/test-pg/${random.uuid}",
        "portal.embedded-db.clean=true",
        "portal.embedded-db.port=0",
        // a clean slate: the test makes its own data (the demo activity has DemoActivityTest)
        "portal.demo.activity=false"})
public @interface PortalTest {
}
