package dev.tanji.analytics.warehouse;

/**
 * What bringing {@code annual_changes} up to date did: nothing ({@link Kind#UP_TO_DATE}), the changes of the products
 * whose runs were exported since ({@link Kind#UPDATED}), or every product's ({@link Kind#REBUILT}, while the table had
 * no file); {@code changesWritten} rows.
 */
public record AnnualChangesUpdate(Kind kind, long changesWritten) {

    static final AnnualChangesUpdate UP_TO_DATE = new AnnualChangesUpdate(Kind.UP_TO_DATE, 0);

    public enum Kind {
        UP_TO_DATE, UPDATED, REBUILT
    }
}
