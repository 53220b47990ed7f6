package dev.tanji.web.graphql;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A completed object of the result: its values in the order of the selection, under keys shared by every object
 * completed by the same plan. A page of runs completes thousands of objects of a few fields each; a
 * {@code LinkedHashMap} per object (a table, a node per entry, hashing every key) was a tenth of the request.
 * It is a {@code Map} as graphql-java's own results are, equal to any map of the same entries; putting a key it
 * does not hold adds it at the end, after copying the shared keys.
 */
public final class PlainObject extends AbstractMap<String, Object> {

    private String[] keys;
    private Object[] values;

    public PlainObject(String... keys) {
        this.keys = keys;
        this.values = new Object[keys.length];
    }

    /** The number of fields. */
    @Override
    public int size() {
        return keys.length;
    }

    /** The result key of the field at {@code index}, in the order of the selection. */
    public String key(int index) {
        return keys[index];
    }

    /** The value of the field at {@code index}. */
    public Object value(int index) {
        return values[index];
    }

    void set(int index, Object value) {
        values[index] = value;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public Object put(String key, Object value) {
        int index = indexOf(key);
        if (index < 0) {
            keys = Arrays.copyOf(keys, keys.length + 1);
            values = Arrays.copyOf(values, keys.length);
            index = keys.length - 1;
            keys[index] = key;
        }
        Object previous = values[index];
        values[index] = value;
        return previous;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {

            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {

                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int index = next++;
                        return new SimpleEntry<>(keys[index], values[index]) {

                            @Override
                            public Object setValue(Object value) {
                                values[index] = value;
                                return super.setValue(value);
                            }
                        };
                    }
                };
            }
        };
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
