package io.mamori.store.users;

import io.mamori.core.access.Role;
import io.mamori.store.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserStoreTest {
    private final UserStore users = new UserStore(TestDatabase.fresh());

    @Test
    void aUserAuthenticatesWithItsPasswordAndNoOther() {
        users.create("analyst", Role.ANALYST, null, "correct horse battery staple");
        assertThat(users.authenticate("analyst", "correct horse battery staple")).get()
                .extracting(User::role).isEqualTo(Role.ANALYST);
        assertThat(users.authenticate("analyst", "correct horse battery stapl")).isEmpty();
        assertThat(users.authenticate("nobody", "correct horse battery staple")).isEmpty();
    }

    @Test
    void passwordsAreStoredAsArgon2idHashesNeverInClear() {
        String hash = new PasswordHasher().hash("secret words");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("secret");
        assertThat(new PasswordHasher().verify("secret words", hash)).isTrue();
        assertThat(new PasswordHasher().verify("secret word", hash)).isFalse();
        assertThat(new PasswordHasher().verify("secret words", "$argon2id$garbage")).isFalse();
    }

    @Test
    void aTokenIdentifiesItsUserUntilItIsUnknown() {
        User u = users.create("sup", Role.SUPERVISOR, null, "another password");
        String token = users.createToken(u.id(), "script");
        assertThat(token).startsWith(UserStore.TOKEN_PREFIX);
        assertThat(users.findByToken(token)).contains(u);
        assertThat(users.findByToken(token + "x")).isEmpty();
        assertThat(users.findByToken("bearer-without-prefix")).isEmpty();
    }

    @Test
    void partnersNeedAPlatformAndOnlyPartnersHaveOne() {
        assertThat(users.create("partner-x", Role.PARTNER, "x", "pw pw pw pw").platform()).isEqualTo("x");
        assertThatThrownBy(() -> users.create("p2", Role.PARTNER, null, "pw pw pw pw"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> users.create("a2", Role.ANALYST, "x", "pw pw pw pw"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
