package io.mamori.core.primitive;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class IdDictionaryTest {
    @Test
    void numericAndStringIdsShareOneDenseIdSpaceAndPrintBackUnchanged() {
        IdDictionary d = new IdDictionary();
        assertThat(d.intern(0, "123")).isEqualTo(0);
        assertThat(d.intern(0, "uid1")).isEqualTo(1);
        assertThat(d.intern(0, "0123")).isEqualTo(2);        // leading zero: a string, not 123
        assertThat(d.intern(1, "123")).isEqualTo(3);         // another platform
        assertThat(d.intern(0, "9223372036854775808")).isEqualTo(4); // past 2^63: a string
        assertThat(d.intern(0, "123")).isEqualTo(0);
        assertThat(d.get(2)).isEqualTo("0123");
        assertThat(d.get(4)).isEqualTo("9223372036854775808");
        assertThat(d.numericValue(0)).isEqualTo(123);
        assertThat(d.numericValue(1)).isEqualTo(-1);
        assertThat(d.namespace(3)).isEqualTo(1);
    }

    @Test
    void agreesWithAHashMapOnManyMixedIdsAcrossRehashes() {
        Random rnd = new Random(11);
        IdDictionary d = new IdDictionary();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 300_000; i++) {
            int ns = rnd.nextInt(2);
            String s = switch (rnd.nextInt(3)) {
                case 0 -> Long.toString(rnd.nextLong(1L << 62));
                case 1 -> Integer.toString(rnd.nextInt(50_000));
                default -> "u" + rnd.nextInt(50_000);
            };
            Integer prev = expected.putIfAbsent(ns + "/" + s, expected.size());
            assertThat(d.intern(ns, s)).isEqualTo(prev == null ? expected.size() - 1 : prev);
        }
        assertThat(d.size()).isEqualTo(expected.size());
        expected.forEach((k, id) -> assertThat(d.namespace(id) + "/" + d.get(id)).isEqualTo(k));
        expected.forEach((k, id) -> {
            int slash = k.indexOf('/');
            assertThat(d.find(Integer.parseInt(k.substring(0, slash)), k.substring(slash + 1))).isEqualTo(id);
        });
        int size = d.size();
        assertThat(d.find(0, "not-interned")).isEqualTo(-1);
        assertThat(d.findNumeric(1, (1L << 62) + 5)).isEqualTo(-1);
        assertThat(d.find(2, "u1")).as("another namespace").isEqualTo(-1);
        assertThat(d.size()).as("find adds nothing").isEqualTo(size);
    }
}
