package dev.tanji.platform.paging;

import dev.tanji.platform.DomainException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The opaque cursor clients pass back as {@code after}: the values of a row's sort key, joined by {@code |} (a
 * {@code |} or {@code \} inside a value escaped with {@code \}), as unpadded base64url. A cursor that does not decode
 * is refused with {@code INVALID_CURSOR}.
 */
public final class Cursor {

    /** Longer than any sort key this product writes; a longer cursor is not one of ours. */
    static final int MAX_LENGTH = 2_000;

    private Cursor() {
    }

    public static String encode(List<String> values) {
        String key = values.stream().map(value -> value.replace("\\", "\\\\").replace("|", "\\|"))
                .collect(Collectors.joining("|"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The values {@link #encode(List)} was given. */
    public static List<String> decode(String cursor) {
        if (cursor == null || cursor.length() > MAX_LENGTH) {
            throw invalid(cursor);
        }
        String key;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            key = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid(cursor);
        }
        return split(key, cursor);
    }

    private static List<String> split(String key, String cursor) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\') {
                if (++i == key.length() || (key.charAt(i) != '\\' && key.charAt(i) != '|')) {
                    throw invalid(cursor);
                }
                value.append(key.charAt(i));
            } else if (c == '|') {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }

    static DomainException invalid(String cursor) {
        String shown = cursor == null ? "null" : cursor.length() > 60 ? cursor.substring(0, 60) + "..." : cursor;
        return new DomainException("INVALID_CURSOR", "after '" + shown + "' is not a cursor of this list; pass the "
                + "pageInfo.endCursor of a previous page, or leave after out to start from the first row");
    }
}
