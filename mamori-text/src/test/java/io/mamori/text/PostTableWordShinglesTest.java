package io.mamori.text;

import io.mamori.core.coordination.CoActivityNetwork;
import io.mamori.core.coordination.CoActivityNetworkBuilder;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.coordination.WindowParameters;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.SimilarityText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The post table's near-duplicate clusters built with word shingles, and its co-similar network
 * with chosen normalisation, end to end.
 */
class PostTableWordShinglesTest {
    private static final String MESSAGE = "日本政府は国民の生活より米国の都合を優先している。この選挙で目を覚まそう";

    private static Post post(String id, String account, long second, String text) {
        return new Post(Platform.UNKNOWN, new PostId(id), new AccountId(account), account,
                Instant.ofEpochSecond(1_750_000_000L + second), text, null, null, null, null, List.of(), List.of(), List.of());
    }

    private static Set<String> edges(PostTable table) {
        CoActivityNetwork network = CoActivityNetworkBuilder.build(table, CoActivityType.CO_SIMILAR,
                new WindowParameters(600, 1, false), 1);
        Set<String> edges = new HashSet<>();
        for (int e = 0; e < network.edgeCount(); e++) {
            String a = table.accountId(network.source(e));
            String b = table.accountId(network.target(e));
            edges.add(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
        }
        return edges;
    }

    @Test
    void wordShinglesClusterJapaneseVariantsInThePostTable() {
        PostTable.Builder b = PostTable.builder(EnumSet.of(CoActivityType.CO_SIMILAR))
                .similarity(NearDuplicateParameters.wordDefaults(), 2, KuromojiSegmenter.perThread());
        b.add(post("1", "a", 0, MESSAGE));
        b.add(post("2", "b", 30, MESSAGE.replace("日本政府は", "日本政府が") + " #拡散希望"));
        b.add(post("3", "c", 60, "今日は渋谷で新しいカフェに行ってきた。ケーキがおいしかった"));

        PostTable table = b.build();
        assertThat(table.similarCluster(1)).isEqualTo(table.similarCluster(0));
        assertThat(table.similarCluster(2)).isNotEqualTo(table.similarCluster(0));
        assertThat(table.similarClusterCount()).isEqualTo(2);
    }

    @Test
    void wordShinglesTieJapaneseVariantsInTheCoSimilarNetwork() {
        PostTable.Builder b = PostTable.builder(EnumSet.of(CoActivityType.CO_SIMILAR))
                .similarity(NearDuplicateParameters.wordDefaults(), 2, KuromojiSegmenter.perThread());
        b.add(post("1", "a", 0, MESSAGE));
        b.add(post("2", "b", 30, MESSAGE.replace("日本政府は", "日本政府が") + " #拡散希望"));
        b.add(post("3", "c", 60, "今日は渋谷で新しいカフェに行ってきた。ケーキがおいしかった"));

        assertThat(edges(b.build())).containsExactly("a-b");
    }

    @Test
    void normalisationOptionsReachTheClustering() {
        // the same message from two accounts, each followed by a long, different short-link code
        String first = MESSAGE + " https://t.co/Zx8Qw3Lm9Kp2Vb7Nc4Rt6Yh1Jd5Fg0SaXe3Mu8Bi2Lo5";
        String second = MESSAGE + " https://bit.ly/Uo3Ie8Wq2Er9Ty4Ui6Op1As7Df5Gh0JkCv4Nz9Pm1Hy7";
        NearDuplicateParameters keepUrls = NearDuplicateParameters.defaults()
                .withNormalisation(new SimilarityText.Options(false, true, true, true));
        for (NearDuplicateParameters p : List.of(NearDuplicateParameters.defaults(), keepUrls)) {
            PostTable.Builder b = PostTable.builder(EnumSet.of(CoActivityType.CO_SIMILAR)).similarity(p, 1);
            b.add(post("1", "a", 0, first));
            b.add(post("2", "b", 30, second));
            Set<String> edges = edges(b.build());
            if (p == keepUrls) {
                assertThat(edges).as("URLs kept: the addresses outweigh the message").isEmpty();
            } else {
                assertThat(edges).as("URLs removed: the same message").containsExactly("a-b");
            }
        }
    }
}
