package com.llmcompare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules README states, kept by Spring Modulith: no cycle between modules, and each module
 * uses only the modules its {@code package-info.java} allows. Reads bytecode only: no Spring context.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(LlmCompareApplication.class);

    @Test
    void modulesDependOnlyAlongDeclaredEdgesAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void writesTheModulePicture() {
        new Documenter(MODULES).writeModulesAsPlantUml();
    }
}
