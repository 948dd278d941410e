package io.mamori.core.cases;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A technique of the DISARM framework (DISARM Foundation, CC BY-SA 4.0), by which cases are tagged.
 *
 * @param id      T0049, or T0049.001 for a sub-technique
 * @param name    the technique's name
 * @param tactics the tactics (phases) it belongs to, by DISARM short name, e.g. "maximise-exposure"
 * @param url     the technique's page in the DISARM repository
 */
public record DisarmTechnique(String id, String name, List<String> tactics, String url) {
    /** What a technique id looks like: T and four digits, optionally a dot and three more. */
    public static final Pattern ID = Pattern.compile("T\\d{4}(\\.\\d{3})?");

    public DisarmTechnique {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        tactics = List.copyOf(tactics);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a DISARM technique id: " + id);
        }
    }

    public boolean isSubTechnique() {
        return id.indexOf('.') > 0;
    }

    /** T0049 for T0049.001, itself for a technique. */
    public String parentId() {
        return isSubTechnique() ? id.substring(0, id.indexOf('.')) : id;
    }
}
