package io.mamori.io.input;

import io.mamori.core.post.Account;
import io.mamori.core.post.Post;

import java.util.function.Consumer;

/** Receives what readers produce, in input order. */
public interface PostSink {
    /** A post that was read. */
    void post(Post post);

    /** What the input says about an account (X includes.users, Mamori account lines). */
    default void account(Account account) {
    }

    /** A sink that hands posts and accounts to two consumers (e.g. a table builder's methods). */
    static PostSink of(Consumer<Post> posts, Consumer<Account> accounts) {
        return new PostSink() {
            @Override
            public void post(Post post) {
                posts.accept(post);
            }

            @Override
            public void account(Account account) {
                accounts.accept(account);
            }
        };
    }
}
