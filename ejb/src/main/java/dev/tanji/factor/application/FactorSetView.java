package dev.tanji.factor.application;

import java.util.UUID;

public record FactorSetView(UUID id, UUID companyId, String name, String publisher, String version,
        Integer publicationYear, long factorCount) {
}
