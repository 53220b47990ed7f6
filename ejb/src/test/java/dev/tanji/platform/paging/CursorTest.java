package dev.tanji.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.platform.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorIsUnpaddedBase64UrlOfTheValuesJoinedByBars() {
        String cursor = Cursor.encode(List.of("runs", "2024-05-01T08:00:00.123456Z",
                "0b7e4f5c-3c1e-4a8e-9f1e-2d3c4b5a6978"));

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8))
                .isEqualTo("runs|2024-05-01T08:00:00.123456Z|0b7e4f5c-3c1e-4a8e-9f1e-2d3c4b5a6978");
    }

    @Test
    void barsAndBackslashesInsideAValueSurviveTheRoundTrip() {
        List<String> values = List.of("companies", "A|B \\ C 阀门", "", "id");

        assertThat(Cursor.decode(Cursor.encode(values))).containsExactlyElementsOf(values);
    }

    @Property
    void everyListOfValuesDecodesToItself(
            @ForAll @Size(min = 1, max = 5) List<@StringLength(max = 40) String> values) {
        assertThat(Cursor.decode(Cursor.encode(values))).containsExactlyElementsOf(values);
    }

    @Test
    void textThatIsNotBase64UrlIsRefusedAsAnInvalidCursor() {
        assertInvalid("not a cursor!");
        assertInvalid("abc=def");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsAnInvalidCursor() {
        assertInvalid(Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xC3, (byte) 0x28}));
    }

    @Test
    void aDanglingOrUnknownEscapeIsRefusedAsAnInvalidCursor() {
        assertInvalid(base64("runs|2024\\"));
        assertInvalid(base64("runs|20\\24"));
    }

    @Test
    void anOverlongCursorIsRefusedAsAnInvalidCursor() {
        assertInvalid("a".repeat(Cursor.MAX_LENGTH + 1));
    }

    private static void assertInvalid(String cursor) {
        assertThatThrownBy(() -> Cursor.decode(cursor)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("INVALID_CURSOR"))
                .hasMessageContaining("pageInfo.endCursor");
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
