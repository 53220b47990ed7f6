package dev.tanji.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The units and the calculation engine know nothing of the container, the database or the warehouse. */
@AnalyzeClasses(packages = "dev.tanji", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsPlainJavaTest {

    @ArchTest
    static final ArchRule domainDependsOnNoContainerPersistenceOrWarehouseTypes = noClasses()
            .that().resideInAnyPackage("dev.tanji.quantity..", "dev.tanji..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax.persistence..", "org.hibernate..", "org.duckdb..", "org.flywaydb..",
                    "org.apache.parquet..")
            .because("the calculation engine must run and be tested without a server (STYLE.md)");

    @ArchTest
    static final ArchRule onlyTheQuantityPackageSeesTheUnitsLibrary = noClasses()
            .that().resideOutsideOfPackage("dev.tanji.quantity..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.measure..", "tech.units..")
            .because("JSR 385 is how dev.tanji.quantity defines units, not part of its API");
}
