package io.mamori.core.cases;

import java.util.Locale;
import java.util.Optional;

/**
 * The category of a takedown request, in the vocabulary of the EU DSA Transparency Database's
 * statements of reasons (Regulation (EU) 2022/2065, Art. 17 and 24(5)), so a platform can file its
 * statement without translating ours. The list is the API's {@code category} attribute as
 * documented at https://transparency.dsa.ec.europa.eu/page/api-documentation (the 2025 schema, in
 * which STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE became STATEMENT_CATEGORY_OTHER_VIOLATION_TC and
 * the pornography and non-consensual-behaviour categories were folded into others). Election
 * interference is {@link #STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS}.
 */
public enum StatementCategory {
    STATEMENT_CATEGORY_ANIMAL_WELFARE,
    STATEMENT_CATEGORY_CONSUMER_INFORMATION,
    STATEMENT_CATEGORY_CYBER_VIOLENCE,
    STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN,
    STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS,
    STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH,
    STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS,
    STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS,
    STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE,
    STATEMENT_CATEGORY_OTHER_VIOLATION_TC,
    STATEMENT_CATEGORY_PROTECTION_OF_MINORS,
    STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY,
    STATEMENT_CATEGORY_SCAMS_AND_FRAUD,
    STATEMENT_CATEGORY_SELF_HARM,
    STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS,
    STATEMENT_CATEGORY_VIOLENCE;

    static final String PREFIX = "STATEMENT_CATEGORY_";

    /** Without the prefix, e.g. NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS. */
    public String shortName() {
        return name().substring(PREFIX.length());
    }

    /** The category by its full or short name (case-insensitive). */
    public static Optional<StatementCategory> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String upper = s.trim().toUpperCase(Locale.ROOT);
        String full = upper.startsWith(PREFIX) ? upper : PREFIX + upper;
        for (StatementCategory c : values()) {
            if (c.name().equals(full)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
