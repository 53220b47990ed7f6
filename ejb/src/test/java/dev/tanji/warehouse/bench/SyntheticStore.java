package dev.tanji.warehouse.bench;

/**
 * The shape of a synthetic store: exactly {@code lines} run lines over {@code lines / 40} calculation runs (each of
 * 22 to 58 lines) of {@code companies} companies, and the seed its pseudo-random values are drawn from. Four runs in
 * five are a study's first; the fifth recalculates the study before it under the company's newer factor set.
 */
record SyntheticStore(long lines, int companies, long seed) {

    static final int LINES_PER_RUN = 40;

    SyntheticStore {
        if (lines < 1 || companies < 1) {
            throw new IllegalArgumentException("A synthetic store needs a line and a company at least");
        }
    }

    long runs() {
        return Math.max(1, lines / LINES_PER_RUN);
    }

    long studies() {
        return Math.max(1, runs() * 4 / 5);
    }

    /** The generator's SQL with this shape's numbers in place of its placeholders. */
    String fill(String sql) {
        return sql.replace("${seed}", Long.toString(seed))
                .replace("${companies}", Integer.toString(companies))
                .replace("${studies}", Long.toString(studies()))
                .replace("${runs}", Long.toString(runs()))
                .replace("${lines}", Long.toString(lines));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%,d line items, %,d runs, %,d studies, %,d companies, seed %d",
                lines, runs(), studies(), companies, seed);
    }
}
