package dev.tanji.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DensityTest {

    @Test
    void readsADensityInKilogramsPerCubicMetre() {
        assertThat(Density.kgPerCubicMetre(" 1.977 ").kgPerCubicMetre()).isEqualByComparingTo("1.977");
    }

    @Test
    void printsItselfWithItsUnit() {
        assertThat(Density.kgPerCubicMetre("1.977")).hasToString("1.977 kg/m³");
        assertThat(new Density(new BigDecimal("8.4E+2"))).hasToString("840 kg/m³");
    }

    @Test
    void comparesDensitiesNumerically() {
        assertThat(Density.kgPerCubicMetre("1.977")).isEqualTo(Density.kgPerCubicMetre("1.9770"))
                .hasSameHashCodeAs(Density.kgPerCubicMetre("1.9770"));
        assertThat(Density.kgPerCubicMetre("1.977")).isNotEqualTo(Density.kgPerCubicMetre("1.978"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.977", "0.000", "heavy", "1.977 kg/m³"})
    @NullAndEmptySource
    void refusesWhatIsNotAPositiveNumber(String text) {
        assertThatThrownBy(() -> Density.kgPerCubicMetre(text))
                .isInstanceOfSatisfying(InvalidDensityException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_DENSITY"))
                .hasMessageContaining("positive number of kg/m³");
    }
}
