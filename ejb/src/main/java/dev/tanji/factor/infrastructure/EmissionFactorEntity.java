package dev.tanji.factor.infrastructure;

import dev.tanji.factor.model.FactorLookupKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An emission factor of a set: either one {@code value} in a unit naming its gas ({@code t CO2e / t}), or per-gas
 * {@link #gases()} in a unit without gas ({@code kg / m3}) with {@code value} null.
 */
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

    /** The single value in {@link #unit}; {@code null} for a factor given per gas. */
    @Column(name = "factor_value", precision = 38, scale = 12)
    private BigDecimal value;

    /** As entered, e.g. "t CO2e / t", or "kg / m3" for a per-gas factor; parsed by {@code FactorUnit}. */
    @Column(nullable = false)
    private String unit;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "emission_factor_gas", joinColumns = @JoinColumn(name = "factor_id"))
    private List<FactorGasAmount> gases = new ArrayList<>();

    @Column(name = "uncertainty_percent", precision = 38, scale = 12)
    private BigDecimal uncertaintyPercent;

    @Column(length = 20)
    private String confidence;

    /** {@link FactorLookupKey#of(String, String, Integer)} of name, region and year; unique within the set. */
    @Column(name = "lookup_key", nullable = false, length = 500)
    private String lookupKey;

    @Column(nullable = false, length = 2000)
    private String source;

    protected EmissionFactorEntity() {
    }

    /** A factor of {@code factorSet} as {@code content} describes it; the lookup key is derived here. */
    public EmissionFactorEntity(FactorSetEntity factorSet, FactorContent content) {
        this.id = UUID.randomUUID();
        this.factorSet = factorSet;
        this.name = content.name();
        this.category = content.category();
        this.region = content.region();
        this.referenceYear = content.referenceYear();
        this.value = content.value();
        this.unit = content.unit();
        this.gases = new ArrayList<>(content.gases());
        this.uncertaintyPercent = content.uncertaintyPercent();
        this.confidence = content.confidence();
        this.source = content.source();
        this.lookupKey = FactorLookupKey.of(name, region, referenceYear);
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

    /** The single value in {@link #unit()}, {@code null} for a per-gas factor. */
    public BigDecimal value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    /** The per-gas amounts, empty for a single-value factor. Lazy: read inside the transaction. */
    public List<FactorGasAmount> gases() {
        return List.copyOf(gases);
    }

    public BigDecimal uncertaintyPercent() {
        return uncertaintyPercent;
    }

    public String confidence() {
        return confidence;
    }

    public String lookupKey() {
        return lookupKey;
    }

    public String source() {
        return source;
    }
}
