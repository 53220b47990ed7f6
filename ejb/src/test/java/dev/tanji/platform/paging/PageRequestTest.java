package dev.tanji.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.platform.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void firstDefaultsToOneHundredAndABlankCursorMeansFromTheStart() {
        PageRequest request = PageRequest.of(null, " ");

        assertThat(request.first()).isEqualTo(100);
        assertThat(request.after()).isNull();
    }

    @Test
    void firstOutsideOneToFiveHundredIsRefusedNamingTheArgument() {
        for (int first : new int[] {0, -1, 501}) {
            assertThatThrownBy(() -> PageRequest.of(first, null)).isInstanceOf(DomainException.class)
                    .hasMessage("first must be between 1 and 500, was " + first)
                    .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("INVALID_INPUT"));
        }
    }

    @Test
    void aListWithLargerPagesTakesUpToItsOwnMaximumAndNoListMoreThanOneThousand() {
        assertThat(PageRequest.upTo(1_000, 1_000, null).first()).isEqualTo(1_000);
        assertThat(PageRequest.upTo(1_000, null, null).first()).isEqualTo(100);
        assertThatThrownBy(() -> PageRequest.upTo(1_000, 1_001, null)).isInstanceOf(DomainException.class)
                .hasMessage("first must be between 1 and 1000, was 1001");
        assertThatThrownBy(() -> PageRequest.first(1_001)).isInstanceOf(DomainException.class);
    }

    @Test
    void aPageMapsItsRowsAndKeepsItsCursorAndCount() {
        Page<Integer> page = new Page<>(List.of(1, 2), true, "c", 7);

        assertThat(page.map(n -> n * 10)).isEqualTo(new Page<>(List.of(10, 20), true, "c", 7));
    }
}
