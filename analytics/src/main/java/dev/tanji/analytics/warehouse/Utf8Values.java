package dev.tanji.analytics.warehouse;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;

/**
 * The strings (and UUIDs, as text) of one file as Parquet binaries, each value encoded once. A line item repeats
 * its run's company, product and factor set and its factor's name, unit and id; given the same binary again,
 * Parquet's dictionary finds its entry without comparing bytes, and the value is not encoded again.
 *
 * <p>Holds at most {@value #LIMIT} values (or as many as given) and starts afresh when full, so that memory stays
 * bounded whatever the values.
 */
final class Utf8Values {

    static final int LIMIT = 65_536;

    private final int limit;
    private final Map<Object, Binary> encoded = new HashMap<>();

    Utf8Values() {
        this(LIMIT);
    }

    /** At most {@code limit} values held. */
    Utf8Values(int limit) {
        this.limit = limit;
    }

    Binary of(String value) {
        return value == null ? null : cached(value);
    }

    Binary of(UUID value) {
        return value == null ? null : cached(value);
    }

    private Binary cached(Object value) {
        Binary binary = encoded.get(value);
        if (binary == null) {
            if (encoded.size() == limit) {
                encoded.clear();
            }
            binary = RowWriter.utf8(value.toString());
            encoded.put(value, binary);
        }
        return binary;
    }
}
