package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("RunWarning")
@Description("A defect the calculation flags, e.g. FACTOR_OLDER_THAN_REFERENCE_PERIOD")
public record RunWarning(String code, Integer lineNo, String message) {

    static RunWarning of(RunView.WarningView v) {
        return new RunWarning(v.code(), v.lineNo(), v.message());
    }
}
