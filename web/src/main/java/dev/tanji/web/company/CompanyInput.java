package dev.tanji.web.company;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CompanyInput")
public record CompanyInput(@NonNull String name, String creditCode) {
}
