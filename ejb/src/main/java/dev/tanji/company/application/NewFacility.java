package dev.tanji.company.application;

import java.util.UUID;

public record NewFacility(UUID companyId, String name, String gridRegion, String province) {
}
