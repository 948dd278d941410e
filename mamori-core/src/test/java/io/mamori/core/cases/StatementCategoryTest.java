package io.mamori.core.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementCategoryTest {
    @Test
    void acceptsTheFullAndTheShortForm() {
        assertThat(StatementCategory.parse("STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"))
                .contains(StatementCategory.STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS);
        assertThat(StatementCategory.parse("negative_effects_on_civic_discourse_or_elections"))
                .contains(StatementCategory.STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS);
    }

    @Test
    void refusesCategoriesTheDatabaseNoLongerHas() {
        assertThat(StatementCategory.parse("STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE")).isEmpty();
        assertThat(StatementCategory.parse("ELECTIONS")).isEmpty();
        assertThat(StatementCategory.parse(null)).isEmpty();
        assertThat(StatementCategory.values()).hasSize(16);
    }

    @Test
    void disarmIdsAreTechniquesOrSubTechniques() {
        DisarmTechnique t = new DisarmTechnique("T0049.001", "Trolls amplify", java.util.List.of("maximise-exposure"), "u");
        assertThat(t.isSubTechnique()).isTrue();
        assertThat(t.parentId()).isEqualTo("T0049");
        assertThat(DisarmTechnique.ID.matcher("T49").matches()).isFalse();
    }
}
