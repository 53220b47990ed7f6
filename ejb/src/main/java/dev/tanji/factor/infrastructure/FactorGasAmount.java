package dev.tanji.factor.infrastructure;

import dev.tanji.quantity.Gas;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** One row of {@code emission_factor_gas}: the mass of a gas per reference unit of a per-gas factor. */
@Embeddable
public class FactorGasAmount {

    /** Stored as the gas's code, the {@link Gas} constant's name. */
    @Enumerated(EnumType.STRING)
    @Column(name = "gas", nullable = false, length = 30)
    private Gas gas;

    @Column(name = "amount", nullable = false, precision = 38, scale = 18)
    private BigDecimal amount;

    protected FactorGasAmount() {
    }

    public FactorGasAmount(Gas gas, BigDecimal amount) {
        this.gas = Objects.requireNonNull(gas, "gas");
        this.amount = Objects.requireNonNull(amount, "amount");
    }

    public Gas gas() {
        return gas;
    }

    public BigDecimal amount() {
        return amount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactorGasAmount that && gas == that.gas && amount.compareTo(that.amount) == 0;
    }

    @Override
    public int hashCode() {
        return gas.hashCode();
    }
}
