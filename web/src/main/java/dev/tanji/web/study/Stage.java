package dev.tanji.web.study;

import dev.tanji.footprint.model.LifeCycleStage;
import org.eclipse.microprofile.graphql.Enum;

/** Life-cycle stages as the API names them; ENERGY and DIRECT_EMISSIONS are the grouping some studies report by. */
@Enum("LifeCycleStage")
public enum Stage {
    RAW_MATERIAL_ACQUISITION,
    RAW_MATERIAL_TRANSPORT,
    PRODUCTION,
    DISTRIBUTION,
    USE,
    END_OF_LIFE,
    ENERGY,
    DIRECT_EMISSIONS;

    public LifeCycleStage toDomain() {
        return LifeCycleStage.valueOf(name());
    }

    public static Stage of(String name) {
        return valueOf(name);
    }
}
