package dev.tanji.company.application;

public record NewCompany(String name, String creditCode) {
}
