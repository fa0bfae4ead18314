package cn.gov.biyang.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Keeps the package-by-feature boundaries honest (docs/decisions/0001-feature-packages.md). */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gov.biyang.plan");
    }

    /** Feature services and entities (views excluded: they may show any feature) form no dependency cycle. */
    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("cn.gov.biyang.plan.(*)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class).check(classes);
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        noClasses().that().areAssignableTo(Repository.class).should().bePublic().check(classes);
    }

    @Test
    void theBaseDependsOnNoFeatureButSecurityAndAudit() {
        noClasses().that().resideInAPackage("cn.gov.biyang.plan.base..").should().dependOnClassesThat()
                .resideInAnyPackage("cn.gov.biyang.plan.catalogue..", "cn.gov.biyang.plan.organization..",
                        "cn.gov.biyang.plan.demo..")
                .check(classes);
    }

    @Test
    void featureCodeDoesNotDependOnViews() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("cn.gov.biyang.plan.security")
                .should().dependOnClassesThat().resideInAPackage("cn.gov.biyang.plan..ui..").check(classes);
    }
}
