package cn.gov.biyang.plan.catalogue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** On every start: load the real catalogue if the database does not have it yet (first start), else nothing. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueLoader implements ApplicationRunner {

    private final CatalogueImporter importer;
    private final Resource catalogue;

    CatalogueLoader(CatalogueImporter importer,
                    @Value("${portal.catalogue.resource:classpath:catalogue/shisiwu-catalogue.yaml}") Resource catalogue) {
        this.importer = importer;
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        importer.importIfAbsent(catalogue);
    }
}
