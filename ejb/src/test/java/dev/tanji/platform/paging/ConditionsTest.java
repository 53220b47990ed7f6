package dev.tanji.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.platform.DomainException;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void aSearchMatchesPercentAndUnderscoreLiterallyInAnyCase() {
        Conditions where = new Conditions().search(" 5%_Steel! ", "c.name", "c.creditCode");

        assertThat(where.jpql()).isEqualTo(" where (lower(c.name) like :search escape '!'"
                + " or lower(c.creditCode) like :search escape '!')");
    }

    @Test
    void aFilterLeftOutAddsNoCondition() {
        assertThat(new Conditions().add("c.id = :id", "id", null).search(" ", "c.name").jpql()).isEmpty();
    }

    @Test
    void aSearchLongerThanTwoHundredCharactersIsRefused() {
        assertThatThrownBy(() -> new Conditions().search("x".repeat(201), "c.name"))
                .isInstanceOf(DomainException.class).hasMessageContaining("search");
    }
}
