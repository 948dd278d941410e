package io.mamori.core.similarity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureTableTest {
    /** The packed 16-bit sketch agrees with full signatures wherever their low 16 bits do. */
    @ParameterizedTest
    @ValueSource(ints = {64, 63, 17, 5, 1})
    void packedEstimatesAndBandKeysMatchTheFullSignatures(int numHashes) {
        // given
        SplittableRandom r = new SplittableRandom(numHashes);
        List<String> texts = new ArrayList<>();
        String base = TestTexts.japaneseish(r, 50);
        for (int i = 0; i < 60; i++) {
            texts.add(TestTexts.edit(base, r.nextInt(30), r));
        }
        NearDuplicateParameters p = NearDuplicateParameters.defaults().withNumHashes(numHashes);
        LshParameters lsh = p.lsh();
        // when
        SignatureTable table = SignatureTable.compute(texts.toArray(new CharSequence[0]), p, lsh, 2);
        // then
        MinHasher hasher = new MinHasher(lsh.hashesUsed(), p.seed());
        int[][] full = new int[texts.size()][lsh.hashesUsed()];
        for (int i = 0; i < texts.size(); i++) {
            long[] set = Shingles.distinctSorted(SimilarityText.normalise(texts.get(i)), 2);
            hasher.sign(set, set.length, full[i]);
        }
        for (int a = 0; a < texts.size(); a++) {
            for (int b = 0; b < texts.size(); b++) {
                int equal = 0;
                for (int k = 0; k < lsh.hashesUsed(); k++) {
                    equal += (short) full[a][k] == (short) full[b][k] ? 1 : 0;
                }
                assertThat(table.estimateJaccard(a, b)).isEqualTo(equal / (double) lsh.hashesUsed());
                for (int band = 0; band < lsh.bands(); band++) {
                    boolean sameBand = true;
                    for (int k = band * lsh.rows(); k < (band + 1) * lsh.rows(); k++) {
                        sameBand &= (short) full[a][k] == (short) full[b][k];
                    }
                    assertThat(table.bandKey(a, band) == table.bandKey(b, band)).isEqualTo(sameBand);
                    assertThat(table.bandKeyHigh(a, band)).isEqualTo((int) (table.bandKey(a, band) >>> 32));
                }
            }
        }
    }
}
