package io.mamori.io.input;

import io.mamori.core.post.Account;
import io.mamori.core.post.Post;

/** Receives what readers produce, in input order. */
public interface PostSink {
    /** A post that was read. */
    void post(Post post);

    /** What the input says about an account (X includes.users, Mamori account lines). */
    default void account(Account account) {
    }
}
