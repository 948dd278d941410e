package io.mamori.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.core.cases.DisarmTechnique;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The DISARM framework's techniques and sub-techniques, read once from the STIX 2.1 bundle shipped
 * as a resource ({@code disarm/DISARM.json}, DISARM Foundation, CC BY-SA 4.0: see
 * {@code disarm/LICENSE.md} and {@code disarm/SOURCE_COMMIT} beside it). Immutable, thread-safe.
 */
public final class DisarmCatalogue {
    public static final String RESOURCE = "/io/mamori/store/cases/disarm/DISARM.json";
    public static final String ATTRIBUTION = "DISARM Framework, DISARM Foundation, CC BY-SA 4.0 "
            + "(https://github.com/DISARMFoundation/DISARMframeworks)";

    private final Map<String, DisarmTechnique> byId;

    private DisarmCatalogue(Map<String, DisarmTechnique> byId) {
        this.byId = byId;
    }

    private static final class Shipped {
        static final DisarmCatalogue INSTANCE = load();
    }

    /** The shipped framework, read on first use and shared. */
    public static DisarmCatalogue shipped() {
        return Shipped.INSTANCE;
    }

    /** Reads the shipped framework anew. */
    public static DisarmCatalogue load() {
        try (InputStream in = DisarmCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /** Techniques of a STIX bundle: attack-patterns, not revoked or deprecated, with a DISARM T-id. */
    static DisarmCatalogue parse(JsonNode bundle) {
        Map<String, DisarmTechnique> byId = new TreeMap<>();
        for (JsonNode o : bundle.path("objects")) {
            if (!"attack-pattern".equals(o.path("type").asText()) || o.path("revoked").asBoolean(false)
                    || o.path("x_mitre_deprecated").asBoolean(false)) {
                continue;
            }
            for (JsonNode ref : o.path("external_references")) {
                String id = ref.path("external_id").asText("");
                if (DisarmTechnique.ID.matcher(id).matches()) {
                    List<String> tactics = new ArrayList<>();
                    o.path("kill_chain_phases").forEach(p -> tactics.add(p.path("phase_name").asText()));
                    byId.put(id, new DisarmTechnique(id, o.path("name").asText(), tactics, ref.path("url").asText(null)));
                    break;
                }
            }
        }
        return new DisarmCatalogue(java.util.Collections.unmodifiableMap(byId));
    }

    public Optional<DisarmTechnique> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<DisarmTechnique> all() {
        return java.util.Collections.unmodifiableCollection(byId.values());
    }

    /** Techniques whose id or name contains {@code q} (case-insensitive), in id order; all when q is blank. */
    public List<DisarmTechnique> search(String q) {
        if (q == null || q.isBlank()) {
            return List.copyOf(byId.values());
        }
        String needle = q.trim().toLowerCase(Locale.ROOT);
        return byId.values().stream()
                .filter(t -> t.id().toLowerCase(Locale.ROOT).contains(needle) || t.name().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    public int size() {
        return byId.size();
    }
}
