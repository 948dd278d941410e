package io.mamori.core.scenario;

import io.mamori.core.post.Post;

import java.util.HashSet;
import java.util.Set;

/**
 * A post that is or will be made: planned actions hold it before it is posted (a farm's reposts
 * are planned together with the operator's post), and it is filled in when posted. Keeps the
 * repost count that popularity-driven reposting uses, and who reposted it, since a platform lets
 * an account repost a post only once. Belongs to one simulation run; not thread-safe.
 */
final class EmittedPost implements PostRef {
    final int author;
    private Post post;
    private int reposts;
    private Set<Integer> reposters;

    EmittedPost(int author) {
        this.author = author;
    }

    void posted(Post p) {
        this.post = p;
    }

    Post post() {
        return post;
    }

    int reposts() {
        return reposts;
    }

    boolean repostedBy(int account) {
        return reposters != null && reposters.contains(account);
    }

    void addReposter(int account) {
        if (reposters == null) {
            reposters = new HashSet<>();
        }
        reposters.add(account);
        reposts++;
    }

    @Override
    public EmittedPost resolve() {
        return post == null ? null : this;
    }
}
