package dev.tanji.factor.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "emission_factor")
public class EmissionFactorEntity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "factor_set_id")
    private FactorSetEntity factorSet;

    @Column(nullable = false)
    private String name;

    private String category;

    private String region;

    @Column(name = "reference_year")
    private Integer referenceYear;

    @Column(name = "factor_value", nullable = false, precision = 38, scale = 12)
    private BigDecimal value;

    /** CO2e mass per reference unit as entered, e.g. "t CO2e / t"; parsed by {@code FactorUnit}. */
    @Column(nullable = false)
    private String unit;

    @Column(nullable = false, length = 2000)
    private String source;

    protected EmissionFactorEntity() {
    }

    public EmissionFactorEntity(FactorSetEntity factorSet, String name, String category, String region,
            Integer referenceYear, BigDecimal value, String unit, String source) {
        this.id = UUID.randomUUID();
        this.factorSet = factorSet;
        this.name = name;
        this.category = category;
        this.region = region;
        this.referenceYear = referenceYear;
        this.value = value;
        this.unit = unit;
        this.source = source;
    }

    public UUID id() {
        return id;
    }

    public FactorSetEntity factorSet() {
        return factorSet;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public String region() {
        return region;
    }

    public Integer referenceYear() {
        return referenceYear;
    }

    public BigDecimal value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public String source() {
        return source;
    }
}
