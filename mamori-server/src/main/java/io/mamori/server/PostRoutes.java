package io.mamori.server;

import io.mamori.core.access.Role;
import io.mamori.core.post.Account;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.io.input.InputException;
import io.mamori.io.input.InputFormat;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PostInputs;
import io.mamori.io.input.PostSink;
import io.mamori.io.input.ReadContext;
import io.mamori.io.input.RecordProblem;
import io.mamori.store.Transactions;
import io.mamori.store.posts.IngestCounts;
import io.mamori.store.posts.PostIngest;
import io.mamori.store.posts.PostStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/v1/posts}: ingest a body of posts (Mamori JSONL, X API v2 JSON, toolkit CSV;
 * gzip accepted) into the store, idempotent on (platform, post id). The body is streamed through
 * the mamori-io reader straight into a {@code COPY}, all in one transaction: a single bad record,
 * an oversize body or a broken connection leaves nothing stored.
 */
final class PostRoutes implements ApiModule {
    /**
     * Analysts load the collections they work on; admins load bulk collections. Supervisors and
     * oversight review what analysts did and should not shape the evidence base; partners never
     * write the office's store.
     */
    static final Set<Role> INGEST = EnumSet.of(Role.ANALYST, Role.ADMIN);
    static final String INGESTED_METRIC = "mamori_posts_ingested_total";
    /** Problems listed in a 400 answer (all are counted). */
    static final int SHOWN_PROBLEMS = 20;
    /**
     * A gzip body may expand this many times its sent size before it is refused (text compresses
     * about 5–10×; a gzip bomb expands 1000×).
     */
    static final int MAX_EXPANSION = 16;

    private final ServerContext context;
    private final PostStore store;

    PostRoutes(ServerContext context) {
        this.context = context;
        this.store = new PostStore(context.dataSource());
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.post("/api/v1/posts", INGEST,
                "Ingest posts (Mamori JSONL, X API v2 JSON or toolkit CSV), idempotent on (platform, post id)", this::ingest));
    }

    private record Ingested(IngestCounts counts, String platforms) {
    }

    private void ingest(ApiRequest r) throws IOException {
        long start = System.nanoTime();
        InputFormat format = format(r);
        Platform defaultPlatform = defaultPlatform(r, format);
        long limit = context.config().maxBodyBytes();
        long declared = r.ctx().req().getContentLengthLong();
        if (declared > limit) {
            throw ApiProblem.tooLarge(limit);
        }
        String encoding = Optional.ofNullable(r.ctx().header("Content-Encoding")).orElse("identity").trim().toLowerCase(Locale.ROOT);
        if (!encoding.equals("identity") && !encoding.equals("gzip")) {
            throw new ApiProblem(415, "Unsupported media type", "Content-Encoding must be gzip or identity, was '" + encoding + "'",
                    "Content-Encoding");
        }
        // gzip is recognised by its magic bytes (PostInputs.decode), with or without the header
        InputStream raw = IngestBodyLimit.of(r.ctx().req().getInputStream(), limit, "the request body");
        Ingested result;
        try {
            result = Transactions.inTransaction(context.dataSource(), c -> {
                try (PostIngest ingest = store.begin(c)) {
                    ReadContext read = read(raw, limit, format, defaultPlatform, ingest);
                    if (read.skipped() > 0) {
                        throw badRecords(read);
                    }
                    IngestCounts n = ingest.finish();
                    String seen = ingest.platforms().isEmpty() ? defaultPlatform.name() : String.join(",", ingest.platforms());
                    context.audit().append(c, r.audit("posts.ingest", "platform", seen, null, null,
                            "format=" + format.cliName() + " received=" + n.received() + " stored=" + n.stored()
                                    + " duplicates=" + n.duplicates() + " accounts=" + n.accounts()));
                    return new Ingested(n, seen);
                }
            });
        } catch (IngestBodyLimit.Exceeded e) {
            throw new ApiProblem(413, "Content too large", e.getMessage() + "; nothing was stored", null);
        } catch (InputException e) {
            throw ApiProblem.badRequest("body", e.getMessage() + "; nothing was stored");
        } catch (java.io.UncheckedIOException e) {
            // a body that cannot be read to its end: a truncated or corrupt gzip stream, a client gone half way
            throw ApiProblem.badRequest("body", "the body could not be read: " + e.getCause().getMessage() + "; nothing was stored");
        }
        IngestCounts counts = result.counts();
        context.metrics().count(INGESTED_METRIC, counts.stored());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("received", counts.received());
        body.put("stored", counts.stored());
        body.put("duplicates", counts.duplicates());
        body.put("duplicatesInBatch", counts.duplicatesInBatch());
        body.put("alreadyStored", counts.alreadyStored());
        body.put("accounts", counts.accounts());
        body.put("platforms", List.of(result.platforms().split(",")));
        body.put("seconds", Math.round((System.nanoTime() - start) / 1e6) / 1e3);
        r.json(counts.stored() > 0 ? 201 : 200, body);
    }

    /**
     * Streams the body through the reader into the ingest. After the first bad record nothing more
     * goes to the database (the transaction will roll back), but reading goes on so the answer can
     * count every bad record.
     */
    private static ReadContext read(InputStream raw, long limit, InputFormat format, Platform defaultPlatform, PostIngest ingest) {
        boolean[] bad = {false};
        PostSink sink = new PostSink() {
            @Override
            public void post(Post post) {
                if (!bad[0]) {
                    ingest.post(post);
                }
            }

            @Override
            public void account(Account account) {
                if (!bad[0]) {
                    ingest.account(account);
                }
            }
        };
        ReadContext read = new ReadContext(sink, OnError.SKIP, defaultPlatform, p -> bad[0] = true).strictFields();
        read.startSource("body");
        try {
            InputStream in = IngestBodyLimit.of(PostInputs.decode(raw), limit * MAX_EXPANSION, "the decompressed request body");
            PostInputs.readerFor(format).read(in, read);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
        return read;
    }

    private static ApiProblem badRecords(ReadContext read) {
        List<RecordProblem> problems = read.problems();
        RecordProblem first = problems.getFirst();
        return new ApiProblem(400, "Bad request", read.skipped() + " bad record(s) in the body; nothing was stored",
                where(first), problems.stream().limit(SHOWN_PROBLEMS).map(p -> where(p) + ": " + p.message()).toList());
    }

    private static String where(RecordProblem p) {
        return (p.line() > 0 ? "line " + p.line() + ", " : "") + "field " + p.field();
    }

    /** {@code ?format=} if given, else the Content-Type. */
    private static InputFormat format(ApiRequest r) {
        Optional<String> forced = r.query("format");
        if (forced.isPresent()) {
            return switch (forced.get()) {
                case "mamori-jsonl" -> InputFormat.MAMORI_JSONL;
                case "x-v2-json", "x-v2" -> InputFormat.X_V2_JSON;
                case "toolkit-csv" -> InputFormat.TOOLKIT_CSV;
                default -> throw ApiProblem.badRequest("format",
                        "format must be mamori-jsonl, x-v2-json or toolkit-csv, was '" + forced.get() + "'");
            };
        }
        String type = r.ctx().contentType();
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (media) {
            case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines" ->
                    InputFormat.MAMORI_JSONL;
            case "application/json" -> InputFormat.X_V2_JSON;
            case "text/csv" -> InputFormat.TOOLKIT_CSV;
            default -> throw ApiProblem.unsupportedMediaType("Content-Type must be application/x-ndjson (Mamori JSONL), "
                    + "application/json (X API v2) or text/csv (toolkit CSV), or give ?format=; was "
                    + (type == null ? "none" : "'" + type + "'"));
        };
    }

    /**
     * The platform of records that do not name one. Only the toolkit CSV lacks it, and there it is
     * required: ids are unique only within a platform, so a default would mix collections.
     */
    private static Platform defaultPlatform(ApiRequest r, InputFormat format) {
        Optional<String> given = r.query("platform");
        if (given.isEmpty()) {
            if (format == InputFormat.TOOLKIT_CSV) {
                throw ApiProblem.badRequest("platform", "toolkit CSV does not say which platform its posts are from: give ?platform=");
            }
            return format == InputFormat.X_V2_JSON ? Platform.X : Platform.UNKNOWN;
        }
        try {
            return Platform.of(given.get());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("platform", e.getMessage());
        }
    }
}
