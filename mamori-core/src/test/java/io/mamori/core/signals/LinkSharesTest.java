package io.mamori.core.signals;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkSharesTest {
    private static DomainEntry entry(String domain, DomainCategory category) {
        return new DomainEntry(domain, category, "RU", "test source", "", "", "test", "1");
    }

    private static final DomainMatcher MATCHER = DomainMatcher.of(List.of(new DomainList("test", "1", List.of(
            entry("rt.com", DomainCategory.STATE_MEDIA),
            entry("tass.ru", DomainCategory.STATE_MEDIA),
            entry("japan.news-pravda.com", DomainCategory.INFLUENCE_NETWORK)))));

    /**
     * Account 0: 4 link posts (rt, rt+pravda, example, tass+www.tass) and one post without links.
     * Account 1: 2 link posts, none listed. Account 2: no posts.
     */
    private static LinkShares shares() {
        return LinkShares.builder(MATCHER, 3)
                .addPost(0, List.of("https://www.rt.com/news/1"))
                .addPost(0, List.of("https://de.rt.com/a", "https://japan.news-pravda.com/b"))
                .addPost(0, List.of("https://example.org/"))
                .addPost(0, List.of("https://tass.ru/x", "https://www.tass.ru/y"))
                .addPost(0, List.of())
                .addPost(1, List.of("https://art.com/", "https://rt.com.example.org/"))
                .addPost(1, List.of("", "https://nhk.or.jp/"))
                .build();
    }

    @Test
    void countsLinkPostsAndTheShareOfThoseWithAListedDomain() {
        LinkShare a = shares().ofAccount(0);

        assertThat(a.linkPosts()).isEqualTo(4);
        assertThat(a.listedPosts()).isEqualTo(3);
        assertThat(a.share()).isEqualTo(0.75);
    }

    @Test
    void countsAPostOncePerEntryAndOncePerCategory() {
        LinkShare a = shares().ofAccount(0);

        assertThat(a.byEntry()).extracting(p -> p.entry().domain() + "=" + p.posts())
                .containsExactly("rt.com=2", "japan.news-pravda.com=1", "tass.ru=1");
        assertThat(a.byCategory()).containsEntry(DomainCategory.STATE_MEDIA, 3L)
                .containsEntry(DomainCategory.INFLUENCE_NETWORK, 1L)
                .containsEntry(DomainCategory.NETWORK_SOURCE, 0L)
                .containsEntry(DomainCategory.USER, 0L);
    }

    @Test
    void anAccountWithoutListedLinksOrWithoutPostsHasShareZero() {
        LinkShares s = shares();

        assertThat(s.ofAccount(1).linkPosts()).isEqualTo(2);
        assertThat(s.ofAccount(1).listedPosts()).isZero();
        assertThat(s.ofAccount(1).byEntry()).isEmpty();
        assertThat(s.ofAccount(2).linkPosts()).isZero();
        assertThat(s.ofAccount(2).share()).isZero();
    }

    @Test
    void aGroupSumsItsMembers() {
        LinkShare g = shares().ofGroup(new int[] {0, 1, 2});

        assertThat(g.linkPosts()).isEqualTo(6);
        assertThat(g.listedPosts()).isEqualTo(3);
        assertThat(g.share()).isEqualTo(0.5);
        assertThat(g.byEntry()).extracting(p -> p.entry().domain() + "=" + p.posts())
                .containsExactly("rt.com=2", "japan.news-pravda.com=1", "tass.ru=1");
        assertThat(g.byCategory()).containsEntry(DomainCategory.STATE_MEDIA, 3L);
    }
}
