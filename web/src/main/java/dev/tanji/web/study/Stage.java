package dev.tanji.web.study;

import dev.tanji.footprint.model.LifeCycleStage;
import java.util.Arrays;
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

    /** The same stage as the API names it: a page of runs maps thousands of them. */
    public static Stage of(LifeCycleStage stage) {
        return OF_DOMAIN[stage.ordinal()];
    }

    private static final Stage[] OF_DOMAIN = Arrays.stream(LifeCycleStage.values())
            .map(stage -> valueOf(stage.name())).toArray(Stage[]::new);
}
