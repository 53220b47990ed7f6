package dev.tanji.company.application;

import java.util.UUID;

public record CompanyView(UUID id, String name, String creditCode) {
}
