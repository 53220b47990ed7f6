package dev.tanji.company.application;

import java.util.UUID;

public record NewProduct(UUID companyId, String name, String category, String functionalUnit) {
}
