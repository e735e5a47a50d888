package nl.cleantechwerkt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;

/**
 * Repositories are created on first use (spring.data.jpa.repositories.bootstrap-mode=lazy, for
 * start-up time), so a query that does not parse or names a missing property would otherwise
 * surface only when someone first uses it. Creating a repository resolves and validates every
 * one of its queries: here all of them are created, on each database.
 */
class RepositoriesTest extends IntegrationTest {

    @Autowired
    ListableBeanFactory beans;

    @Test
    void everyRepositoryIsCreatedWithAllItsQueries() {
        @SuppressWarnings("rawtypes")
        Map<String, RepositoryFactoryBeanSupport> factories = beans.getBeansOfType(RepositoryFactoryBeanSupport.class);
        assertThat(factories).as("repository factories").hasSizeGreaterThanOrEqualTo(20);
        factories.forEach((name, factory) -> assertThatCode(factory::getObject).as(name).doesNotThrowAnyException());
    }
}
