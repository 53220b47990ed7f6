package dev.tanji.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExportProgressTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final StringWriter err = new StringWriter();
    private final ExportCommand.Progress progress = new ExportCommand.Progress(new PrintWriter(err), nanos::get);

    @Test
    void saysWhatItWillWriteThenHowFarItIsAtMostEveryTwoSeconds() {
        progress.started(2_000, 150);
        nanos.addAndGet(1_000_000_000L);
        progress.written(500, 20_000);
        nanos.addAndGet(1_000_000_000L);
        progress.written(500, 20_000);
        nanos.addAndGet(500_000_000L);
        progress.written(500, 20_000);
        nanos.addAndGet(2_000_000_000L);
        progress.written(500, 20_000);

        assertThat(err.toString().lines()).containsExactly(
                "2,000 new runs to export; 150 already in the warehouse",
                "1,000 of 2,000 runs (50.0 %), 40,000 line items, 0.020 M line items/s",
                "2,000 of 2,000 runs (100.0 %), 80,000 line items, 0.018 M line items/s");
        assertThat(progress.seconds()).isEqualTo(4.5);
    }
}
