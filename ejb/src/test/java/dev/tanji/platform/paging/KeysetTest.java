package dev.tanji.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.platform.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetTest {

    private static final UUID ID = UUID.fromString("0b7e4f5c-3c1e-4a8e-9f1e-2d3c4b5a6978");
    private static final Instant AT = Instant.parse("2024-05-01T08:00:00.123456Z");

    private final Keyset runs = Keyset.of("runs").descending("r.calculatedAt", Instant::parse)
            .descending("r.id", UUID::fromString);
    private final Keyset lines = Keyset.of("lines").ascending("r.name", name -> name)
            .ascending("l.lineNo", Integer::valueOf);

    @Test
    void ordersByEveryColumnInItsDirection() {
        assertThat(runs.orderBy()).isEqualTo(" order by r.calculatedAt desc, r.id desc");
    }

    @Test
    void aRowsCursorReadsBackAsItsTypedKey() {
        assertThat(runs.values(runs.cursor(List.of(AT, ID)))).containsExactly(AT, ID);
        assertThat(lines.values(lines.cursor(List.of("a|b", 13)))).containsExactly("a|b", 13);
    }

    @Test
    void afterACursorSelectsTheRowsBeyondItsKeyWithARangeOnTheFirstColumn() {
        Conditions where = new Conditions();

        runs.after(runs.cursor(List.of(AT, ID)), where);

        assertThat(where.jpql()).isEqualTo(" where r.calculatedAt <= :after0 and ((r.calculatedAt < :after0)"
                + " or (r.calculatedAt = :after0 and r.id < :after1))");
    }

    @Test
    void ascendingColumnsSelectGreaterKeys() {
        Conditions where = new Conditions();

        lines.after(lines.cursor(List.of("x", 2)), where);

        assertThat(where.jpql()).isEqualTo(" where r.name >= :after0 and ((r.name > :after0)"
                + " or (r.name = :after0 and l.lineNo > :after1))");
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        assertInvalid(runs, lines.cursor(List.of("x", 2)));
    }

    @Test
    void aCursorWithTooFewValuesIsRefused() {
        assertInvalid(runs, Cursor.encode(List.of("runs", AT.toString())));
    }

    @Test
    void aCursorWhoseValuesDoNotParseIsRefused() {
        assertInvalid(runs, Cursor.encode(List.of("runs", "yesterday", ID.toString())));
        assertInvalid(runs, Cursor.encode(List.of("runs", AT.toString(), "not-a-uuid")));
    }

    private static void assertInvalid(Keyset keyset, String cursor) {
        assertThatThrownBy(() -> keyset.after(cursor, new Conditions())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("INVALID_CURSOR"));
    }
}
