package dev.tanji.analytics.warehouse;

import java.nio.file.Path;
import java.util.List;

/**
 * What one export did. {@code runsSkipped} counts runs already in the warehouse and repeated run ids in the input;
 * {@code filesWritten} are the data files it published, in the order they became visible.
 */
public record ExportResult(int runsWritten, int runsSkipped, int linesWritten, List<Path> filesWritten) {

    public ExportResult {
        filesWritten = List.copyOf(filesWritten);
    }

    static ExportResult nothingNew(int runsSkipped) {
        return new ExportResult(0, runsSkipped, 0, List.of());
    }
}
