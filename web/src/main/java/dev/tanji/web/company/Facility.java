package dev.tanji.web.company;

import dev.tanji.company.application.FacilityView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("Facility")
public record Facility(@Id String id, @Id String companyId, String name,
        @Description("Electricity grid region the facility draws from, e.g. North China") String gridRegion,
        String province) {

    static Facility of(FacilityView v) {
        return new Facility(v.id().toString(), v.companyId().toString(), v.name(), v.gridRegion(), v.province());
    }
}
