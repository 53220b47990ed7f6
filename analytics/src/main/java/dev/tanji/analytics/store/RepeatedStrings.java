package dev.tanji.analytics.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings of one column made from their UTF-8 bytes, each value once: a chunk's lines repeat their stages, items,
 * units and factor names, and a value met again is the string made the first time, without decoding its bytes
 * again. Downstream, the same string object is cheap to look up again (its hash is kept, equality is identity).
 *
 * <p>Holds at most {@value #SLOTS} values; a value that finds no free slot near its hash is decoded every time.
 */
final class RepeatedStrings {

    static final int SLOTS = 1 << 10;
    /** Slots tried from a value's own before giving up on keeping it. */
    private static final int PROBES = 8;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];

    /** The string of {@code utf8}; the bytes are not kept, a copy of them is. */
    String of(byte[] utf8) {
        int slot = hash(utf8) & (SLOTS - 1);
        for (int probe = 0; probe < PROBES; probe++) {
            int i = (slot + probe) & (SLOTS - 1);
            byte[] key = keys[i];
            if (key == null) {
                keys[i] = utf8.clone();
                values[i] = new String(utf8, StandardCharsets.UTF_8);
                return values[i];
            }
            if (Arrays.equals(key, utf8)) {
                return values[i];
            }
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static int hash(byte[] bytes) {
        int hash = 1;
        for (byte b : bytes) {
            hash = 31 * hash + b;
        }
        return hash ^ hash >>> 16;
    }
}
