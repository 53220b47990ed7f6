package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunView;
import dev.tanji.web.study.Stage;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Type;

@Type("StageResult")
public record StageResult(Stage stage, BigDecimal kgCo2e, BigDecimal sharePercent) {

    static StageResult of(RunView.StageView v) {
        return new StageResult(Stage.of(v.stage()), v.kgCo2e(), v.sharePercent());
    }
}
