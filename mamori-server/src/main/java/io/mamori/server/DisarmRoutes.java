package io.mamori.server;

import io.mamori.core.cases.DisarmTechnique;
import io.mamori.store.cases.DisarmCatalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The DISARM techniques cases can be tagged with (DISARM Foundation, CC BY-SA 4.0). */
final class DisarmRoutes implements ApiModule {
    private final DisarmCatalogue disarm = DisarmCatalogue.shipped();

    DisarmRoutes(ServerContext context) {
        // the catalogue is a shipped resource; nothing from the context is needed
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/v1/disarm/techniques", Roles.STAFF_READ,
                "DISARM techniques and sub-techniques whose id or name contains q", this::techniques));
    }

    private void techniques(ApiRequest r) {
        String q = r.query("q").orElse(null);
        if (q != null && q.length() > 100) {
            throw ApiProblem.badRequest("q", "q must be at most 100 characters");
        }
        List<Map<String, Object>> out = disarm.search(q).stream().map(DisarmRoutes::json).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attribution", DisarmCatalogue.ATTRIBUTION);
        m.put("techniques", out);
        r.json(200, m);
    }

    private static Map<String, Object> json(DisarmTechnique t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("tactics", t.tactics());
        m.put("subTechnique", t.isSubTechnique());
        m.put("url", t.url());
        return m;
    }
}
