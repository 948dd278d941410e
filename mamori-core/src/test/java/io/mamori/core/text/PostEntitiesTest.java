package io.mamori.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostEntitiesTest {
    @Test
    void japaneseHashtagsEndAtSpacesAndPunctuation() {
        assertThat(PostEntities.hashtags("明日は投票日！ #投票に行こう #参院選2025。 #拡散希望🙏"))
                .containsExactly("投票に行こう", "参院選2025", "拡散希望");
    }

    @Test
    void aHashInsideAWordOrFollowedOnlyByDigitsIsNoHashtag() {
        assertThat(PostEntities.hashtags("abc#tag #2025 https://t.co/AbC#frag")).isEmpty();
    }

    @Test
    void mentionsAreAtMostFifteenHandleCharactersAndNotPartOfEmailAddresses() {
        assertThat(PostEntities.mentions("RT @nhk_newsflash: 地震 @a_very_long_handle_name mail@example.com"))
                .containsExactly("nhk_newsflash", "a_very_long_han");
    }
}
