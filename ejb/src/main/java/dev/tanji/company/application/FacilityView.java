package dev.tanji.company.application;

import java.util.UUID;

public record FacilityView(UUID id, UUID companyId, String name, String gridRegion, String province) {
}
