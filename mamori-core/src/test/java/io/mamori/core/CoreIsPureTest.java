package io.mamori.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class CoreIsPureTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mamori.core");

    @Test
    void coreImportsNoIoNetworkOrFrameworkClass() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "java.io..", "java.nio.file..", "java.net.http..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "picocli..", "io.javalin..", "org.apache.kafka..", "org.apache.flink..",
                        "org.postgresql..", "io.mamori.io..", "io.mamori.cli..")
                .because("mamori-core is the pure domain; adapters live in the other modules")
                .check(core);
    }

    @Test
    void coreDoesNotDependOnOtherMamoriModules() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages(
                        "io.mamori.core..", "java..", "com.google.common..")
                .check(core);
    }
}
