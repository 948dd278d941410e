package io.mamori.core.primitive;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StringDictionaryTest {
    @Test
    void assignsDenseIdsInFirstSeenOrderPerNamespace() {
        StringDictionary d = new StringDictionary();
        assertThat(d.intern(0, "123")).isEqualTo(0);
        assertThat(d.intern(1, "123")).isEqualTo(1);
        assertThat(d.intern(0, new StringBuilder("123"))).isEqualTo(0);
        assertThat(d.find(2, "123")).isEqualTo(-1);
        assertThat(d.get(1)).isEqualTo("123");
        assertThat(d.namespace(1)).isEqualTo(1);
    }

    @Test
    void agreesWithAHashMapOnManyRandomStringsAcrossRehashes() {
        Random rnd = new Random(3);
        StringDictionary d = new StringDictionary();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            String s = "k" + rnd.nextInt(80_000) + (rnd.nextBoolean() ? "地震" : "");
            int id = d.intern(0, s);
            Integer prev = expected.putIfAbsent(s, expected.size());
            assertThat(id).isEqualTo(prev == null ? expected.size() - 1 : prev);
        }
        assertThat(d.size()).isEqualTo(expected.size());
        expected.forEach((s, id) -> assertThat(d.get(id)).isEqualTo(s));
    }

    @Test
    void comparesLikeStringCompareTo() {
        StringDictionary d = new StringDictionary();
        String[] s = {"a", "ab", "b", "", "地震", "Z"};
        for (String x : s) {
            d.intern(0, x);
        }
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                assertThat(Integer.signum(d.compare(i, j))).isEqualTo(Integer.signum(s[i].compareTo(s[j])));
            }
        }
    }
}
