package dev.tanji.company.application;

import java.util.UUID;

public record ProductView(UUID id, UUID companyId, String name, String category, String functionalUnit) {
}
