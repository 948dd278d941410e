package io.mamori.core.cases;

import io.mamori.core.access.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.mamori.core.cases.TakedownState.ACKNOWLEDGED;
import static io.mamori.core.cases.TakedownState.ACTIONED;
import static io.mamori.core.cases.TakedownState.AWAITING_APPROVAL;
import static io.mamori.core.cases.TakedownState.DRAFT;
import static io.mamori.core.cases.TakedownState.REJECTED;
import static io.mamori.core.cases.TakedownState.SENT;
import static io.mamori.core.cases.TakedownState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

class TakedownActionTest {
    /** The workflow as the issue states it, written out independently of the enum. */
    record Step(Set<TakedownState> from, TakedownState to, Role role) {
    }

    static final Map<TakedownAction, Step> EXPECTED = Map.of(
            TakedownAction.SUBMIT, new Step(Set.of(DRAFT), AWAITING_APPROVAL, Role.ANALYST),
            TakedownAction.APPROVE, new Step(Set.of(AWAITING_APPROVAL), SENT, Role.SUPERVISOR),
            TakedownAction.SEND_BACK, new Step(Set.of(AWAITING_APPROVAL), DRAFT, Role.SUPERVISOR),
            TakedownAction.WITHDRAW, new Step(Set.of(DRAFT, AWAITING_APPROVAL), WITHDRAWN, Role.ANALYST),
            TakedownAction.ACKNOWLEDGE, new Step(Set.of(SENT), ACKNOWLEDGED, Role.PARTNER),
            TakedownAction.ACTION, new Step(Set.of(SENT, ACKNOWLEDGED), ACTIONED, Role.PARTNER),
            TakedownAction.REJECT, new Step(Set.of(SENT, ACKNOWLEDGED), REJECTED, Role.PARTNER));

    @Test
    void everyActionIsAllowedFromExactlyItsStatesAndRefusedFromAllOthers() {
        List<String> wrong = new ArrayList<>();
        for (TakedownAction a : TakedownAction.values()) {
            Step step = EXPECTED.get(a);
            assertThat(a.to()).as("%s leads to", a).isEqualTo(step.to());
            for (TakedownState s : TakedownState.values()) {
                Verdict v = a.check(s, step.role(), a.onlyByRequester() ? "requester" : "someone", "requester");
                boolean expected = step.from().contains(s);
                if (v.allowed() != expected || (!expected && !(v instanceof Verdict.WrongState))) {
                    wrong.add(a + " from " + s + ": " + v);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void finalStatesHaveNoWayOut() {
        for (TakedownState s : EnumSet.of(ACTIONED, REJECTED, WITHDRAWN)) {
            assertThat(s.isFinal()).isTrue();
            for (TakedownAction a : TakedownAction.values()) {
                assertThat(a.from()).as("%s from %s", a, s).doesNotContain(s);
            }
        }
    }

    @Test
    void requesterCannotApproveOrSendBackTheirOwnRequest() {
        Verdict approve = TakedownAction.APPROVE.check(AWAITING_APPROVAL, Role.SUPERVISOR, "sam", "sam");
        assertThat(approve).isInstanceOf(Verdict.NotPermitted.class);
        assertThat(((Verdict.NotPermitted) approve).reason()).contains("own");
        assertThat(TakedownAction.SEND_BACK.check(AWAITING_APPROVAL, Role.SUPERVISOR, "sam", "sam"))
                .isInstanceOf(Verdict.NotPermitted.class);
        assertThat(TakedownAction.APPROVE.check(AWAITING_APPROVAL, Role.SUPERVISOR, "kim", "sam").allowed()).isTrue();
    }

    @Test
    void requesterMaySubmitAndWithdrawTheirOwnRequest() {
        assertThat(TakedownAction.SUBMIT.check(DRAFT, Role.ANALYST, "ana", "ana").allowed()).isTrue();
        assertThat(TakedownAction.WITHDRAW.check(AWAITING_APPROVAL, Role.ANALYST, "ana", "ana").allowed()).isTrue();
    }

    @Test
    void onlyTheDeclaredRolesMayTakeEachStep() {
        List<String> wrong = new ArrayList<>();
        for (TakedownAction a : TakedownAction.values()) {
            TakedownState from = a.from().iterator().next();
            for (Role r : Role.values()) {
                boolean allowed = a.check(from, r, "x", a.onlyByRequester() ? "x" : "y").allowed();
                if (allowed != a.roles().contains(r)) {
                    wrong.add(a + " by " + r);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(TakedownAction.APPROVE.roles()).containsExactly(Role.SUPERVISOR);
        assertThat(TakedownAction.ACTION.roles()).containsExactly(Role.PARTNER);
    }

    @Test
    void onlyTheRequesterSubmitsSoTheApproverReviewsSomeoneElsesWords() {
        Verdict v = TakedownAction.SUBMIT.check(DRAFT, Role.SUPERVISOR, "sam", "ana");
        assertThat(v).isInstanceOf(Verdict.NotPermitted.class);
        assertThat(((Verdict.NotPermitted) v).reason()).contains("only the requester");
        assertThat(TakedownAction.SUBMIT.onlyByRequester()).isTrue();
        assertThat(TakedownAction.APPROVE.onlyByRequester()).isFalse();
    }

    @Test
    void analystCannotApprove() {
        assertThat(TakedownAction.APPROVE.check(AWAITING_APPROVAL, Role.ANALYST, "ana2", "ana"))
                .isInstanceOf(Verdict.NotPermitted.class);
    }

    @Test
    void partnersSeeOnlySentRequests() {
        assertThat(EnumSet.allOf(TakedownState.class).stream().filter(TakedownState::isSent).toList())
                .containsExactly(SENT, ACKNOWLEDGED, ACTIONED, REJECTED);
    }
}
