package io.mamori.io.input;

import io.mamori.core.post.Account;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a reader reports to: the sink for posts and accounts, the error policy, and the counts
 * that end up in the run's output. One context may span several files. Not thread-safe.
 */
public final class ReadContext {
    /** How many problems are kept in memory for the report; all are counted and passed to the listener. */
    public static final int KEPT_PROBLEMS = 1000;

    private final PostSink sink;
    private final OnError onError;
    private final Platform defaultPlatform;
    private final Consumer<RecordProblem> problemListener;
    private final List<RecordProblem> problems = new ArrayList<>();
    private boolean strictFields;
    private long posts;
    private long accounts;
    private long skipped;
    private String source = "";

    /**
     * @param sink            where posts and accounts go
     * @param onError         fail on the first bad record, or skip and count
     * @param defaultPlatform platform for inputs that do not name one (the toolkit CSV)
     * @param problemListener told of every skipped record as it happens (e.g. to print it)
     */
    public ReadContext(PostSink sink, OnError onError, Platform defaultPlatform, Consumer<RecordProblem> problemListener) {
        this.sink = sink;
        this.onError = onError;
        this.defaultPlatform = defaultPlatform;
        this.problemListener = problemListener;
    }

    /** Names the file that following records come from. */
    public void startSource(String name) {
        this.source = name;
    }

    public String source() {
        return source;
    }

    /**
     * Makes fields a format does not define bad records (Mamori JSONL). Files from the command line
     * stay lenient for forward compatibility; the server's ingest is strict, so a typo in a field
     * name is rejected instead of silently dropping the value.
     */
    public ReadContext strictFields() {
        this.strictFields = true;
        return this;
    }

    /** Whether unknown fields are bad records. */
    public boolean isStrictFields() {
        return strictFields;
    }

    public Platform defaultPlatform() {
        return defaultPlatform;
    }

    public void post(Post post) {
        posts++;
        sink.post(post);
    }

    public void account(Account account) {
        accounts++;
        sink.account(account);
    }

    /**
     * Reports a bad record at {@code line} of the current source. Throws {@link InputException}
     * under {@link OnError#FAIL}; otherwise counts it and returns so the reader can go on.
     */
    public void problem(long line, String field, String message) {
        RecordProblem p = new RecordProblem(source, line, field, message);
        if (onError == OnError.FAIL) {
            throw new InputException(p);
        }
        skipped++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(p);
        }
        problemListener.accept(p);
    }

    /** Posts passed to the sink. */
    public long posts() {
        return posts;
    }

    /** Account records passed to the sink. */
    public long accounts() {
        return accounts;
    }

    /** Records skipped as bad. */
    public long skipped() {
        return skipped;
    }

    /** The first {@value #KEPT_PROBLEMS} problems, in order. */
    public List<RecordProblem> problems() {
        return Collections.unmodifiableList(problems);
    }
}
