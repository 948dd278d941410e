package io.mamori.core.cases;

import io.mamori.core.access.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.mamori.core.cases.CaseStatus.CLOSED;
import static io.mamori.core.cases.CaseStatus.CONFIRMED;
import static io.mamori.core.cases.CaseStatus.DISMISSED;
import static io.mamori.core.cases.CaseStatus.NEW;
import static io.mamori.core.cases.CaseStatus.TRIAGE;
import static org.assertj.core.api.Assertions.assertThat;

class CaseStatusTest {
    static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            NEW, Set.of(TRIAGE),
            TRIAGE, Set.of(CONFIRMED, DISMISSED),
            CONFIRMED, Set.of(CLOSED),
            DISMISSED, Set.of(CLOSED),
            CLOSED, Set.of());

    @Test
    void everyPairOfStatesIsAllowedExactlyWhenTheWorkflowHasThatArrow() {
        List<String> wrong = new ArrayList<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                Verdict v = from.check(to, Role.SUPERVISOR);
                boolean expected = ALLOWED.get(from).contains(to);
                if (v.allowed() != expected || (!expected && !(v instanceof Verdict.WrongState))) {
                    wrong.add(from + "->" + to + ": " + v);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void triageCannotGoBackToNew() {
        assertThat(TRIAGE.check(NEW, Role.SUPERVISOR)).isInstanceOf(Verdict.WrongState.class);
    }

    @Test
    void analystsTriageAndDismissButOnlySupervisorsConfirmAndClose() {
        assertThat(NEW.check(TRIAGE, Role.ANALYST).allowed()).isTrue();
        assertThat(TRIAGE.check(DISMISSED, Role.ANALYST).allowed()).isTrue();
        assertThat(TRIAGE.check(CONFIRMED, Role.ANALYST)).isInstanceOf(Verdict.NotPermitted.class);
        assertThat(CONFIRMED.check(CLOSED, Role.ANALYST)).isInstanceOf(Verdict.NotPermitted.class);
        assertThat(TRIAGE.check(CONFIRMED, Role.SUPERVISOR).allowed()).isTrue();
        assertThat(DISMISSED.check(CLOSED, Role.SUPERVISOR).allowed()).isTrue();
    }

    @Test
    void noOtherRoleMovesACase() {
        for (Role r : List.of(Role.OVERSIGHT, Role.PARTNER, Role.ADMIN)) {
            assertThat(NEW.check(TRIAGE, r)).as("%s", r).isInstanceOf(Verdict.NotPermitted.class);
        }
    }

    @Test
    void wrongStateVerdictNamesTheCurrentState() {
        Verdict v = CLOSED.check(TRIAGE, Role.SUPERVISOR);
        assertThat(((Verdict.WrongState) v).reason()).contains("'closed'");
    }

    @Test
    void wireNamesRoundTrip() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(CaseStatus.fromWireName(s.wireName())).contains(s);
        }
        for (Severity s : Severity.values()) {
            assertThat(Severity.fromWireName(s.wireName())).contains(s);
        }
        assertThat(CaseStatus.fromWireName("NEW")).isEmpty();
    }
}
