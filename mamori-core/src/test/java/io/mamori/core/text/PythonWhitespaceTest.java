package io.mamori.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PythonWhitespaceTest {
    @Test
    void matchesPythonsIsspaceOverTheWholeBasicPlane() {
        // The set CPython 3.11 prints for [c for c in map(chr, range(0x10000)) if c.isspace()].
        int[] python = {0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
            0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
            0x2028, 0x2029, 0x202F, 0x205F, 0x3000};
        java.util.Set<Integer> expected = new java.util.HashSet<>();
        for (int c : python) {
            expected.add(c);
        }
        for (int c = 0; c < 0x10000; c++) {
            assertThat(PythonWhitespace.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected.contains(c));
        }
    }
}
