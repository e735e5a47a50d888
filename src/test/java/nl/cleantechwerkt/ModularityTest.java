package nl.cleantechwerkt;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails when a module reaches into another module's internals or depends on a module it may not use. */
class ModularityTest {

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(CleantechWerktApplication.class).verify();
    }
}
