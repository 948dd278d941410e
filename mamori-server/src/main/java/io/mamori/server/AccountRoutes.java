package io.mamori.server;

import io.mamori.core.access.Role;
import io.mamori.core.post.Account;
import io.mamori.core.post.Post;
import io.mamori.store.Transactions;
import io.mamori.store.analyses.AnalysisStore;
import io.mamori.store.analyses.StoredPosts;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An account's personal data: its stored profile and posts and its groups and findings across
 * analyses. Issue 6: "Analysts must give a purpose (free text + case id) when they open personal
 * data of an account." Analysts and supervisors give both; oversight gives a purpose (a case id is
 * optional: reviews are not always about one case). Every read is audited {@code account.read}
 * with the purpose and case id, in the read's transaction.
 */
final class AccountRoutes implements ApiModule {
    static final Set<Role> READ = EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.OVERSIGHT);
    static final int PURPOSE_MIN = 10;
    static final int PURPOSE_MAX = 500;
    /** Memberships listed per read (newest analyses first). */
    static final int MEMBERSHIPS = 200;

    private final ServerContext context;
    private final CaseReferences cases;
    private final AnalysisStore store = new AnalysisStore();

    AccountRoutes(ServerContext context, CaseReferences cases) {
        this.context = context;
        this.cases = cases;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/v1/accounts/{platform}/{accountId}", READ,
                "An account's personal data: profile, stored posts, groups and findings (purpose required, audited)",
                this::read));
    }

    /** Why a person's data is opened. */
    record Purpose(String text, Long caseId) {
    }

    static Purpose purpose(ApiRequest r) {
        String text = r.query("purpose").map(String::strip).orElseThrow(() -> ApiProblem.badRequest("purpose",
                "opening an account's personal data needs a purpose: why, in " + PURPOSE_MIN + ".." + PURPOSE_MAX + " characters"));
        if (text.length() < PURPOSE_MIN || text.length() > PURPOSE_MAX) {
            throw ApiProblem.badRequest("purpose", "purpose must be " + PURPOSE_MIN + ".." + PURPOSE_MAX
                    + " characters, was " + text.length());
        }
        Optional<String> caseText = r.query("caseId");
        boolean caseRequired = r.user().role() != Role.OVERSIGHT;
        if (caseText.isEmpty()) {
            if (caseRequired) {
                throw ApiProblem.badRequest("caseId", "opening an account's personal data needs the case it is for (caseId)");
            }
            return new Purpose(text, null);
        }
        try {
            long caseId = Long.parseLong(caseText.get());
            if (caseId > 0) {
                return new Purpose(text, caseId);
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiProblem.badRequest("caseId", "caseId must be a positive number, was '" + caseText.get() + "'");
    }

    private void read(ApiRequest r) {
        String platform = r.path("platform");
        String accountId = r.path("accountId");
        Purpose purpose = purpose(r);
        int limit = r.queryInt("limit", 200, 1, 1000);
        String target = platform + "/" + accountId;
        Map<String, Object> body = Transactions.inTransaction(context.dataSource(), c -> {
            if (purpose.caseId() != null && !cases.exists(c, purpose.caseId())) {
                throw ApiProblem.badRequest("caseId", "no case " + purpose.caseId());
            }
            Optional<Account> profile = StoredPosts.account(c, platform, accountId);
            List<Post> posts = StoredPosts.postsOf(c, platform, accountId, limit);
            List<AnalysisStore.Membership> memberships = store.memberships(c, platform, accountId, MEMBERSHIPS);
            boolean known = profile.isPresent() || !posts.isEmpty() || !memberships.isEmpty();
            context.audit().append(c, r.audit("account.read", "account", target, purpose.text(), purpose.caseId(),
                    known ? "ok" : "not-found"));
            if (!known) {
                return null;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("platform", platform);
            m.put("accountId", accountId);
            m.put("profile", profile.map(AccountRoutes::json).orElse(null));
            m.put("memberships", memberships.stream().map(AccountRoutes::json).toList());
            m.put("posts", posts.stream().map(AccountRoutes::json).toList());
            m.put("postsLimit", limit);
            return m;
        });
        if (body == null) {
            // the attempt stays audited: a read of nothing is still a look
            throw ApiProblem.notFound("no data on account " + target);
        }
        r.json(200, body);
    }

    private static Map<String, Object> json(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("createdAt", a.createdAt() == null ? null : a.createdAt().toString());
        m.put("followers", a.followers());
        m.put("following", a.following());
        m.put("postCount", a.postCount());
        m.put("location", a.location());
        m.put("description", a.description());
        return m;
    }

    private static Map<String, Object> json(AnalysisStore.Membership ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analysis", ms.analysisId());
        m.put("analysedAt", ms.analysisCreatedAt().toString());
        m.put("group", ms.groupId());
        m.put("groupScore", ms.groupScore());
        m.put("groupFlagged", ms.groupFlagged());
        m.put("groupRisk", ms.groupRisk());
        m.put("username", ms.username());
        m.put("evidence", ms.memberJson() == null ? null : AnalysisRoutes.tree(ms.memberJson()));
        m.put("finding", ms.findingJson() == null ? null : AnalysisRoutes.tree(ms.findingJson()));
        m.put("href", AnalysisRoutes.BASE + "/" + ms.analysisId() + "/groups/" + ms.groupId());
        return m;
    }

    private static Map<String, Object> json(Post p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().value());
        m.put("time", p.timestamp().toString());
        m.put("username", p.username());
        m.put("text", p.text());
        m.put("language", p.language());
        m.put("repostOf", p.repostOf() == null ? null : p.repostOf().value());
        m.put("replyTo", p.replyTo() == null ? null : p.replyTo().value());
        m.put("quoteOf", p.quoteOf() == null ? null : p.quoteOf().value());
        m.put("urls", p.urls());
        m.put("hashtags", p.hashtags());
        m.put("mentions", p.mentions());
        return m;
    }
}
