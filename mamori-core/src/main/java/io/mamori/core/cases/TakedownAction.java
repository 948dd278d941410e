package io.mamori.core.cases;

import io.mamori.core.access.Role;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The steps of a takedown request, each with the states it leaves from, the state it leads to and
 * who may take it. The office drafts and submits (analyst or supervisor; only the requester edits
 * and submits their draft, so the request a supervisor approves is exactly what someone else wrote);
 * a supervisor who is not the requester approves it, which sends it, or sends it back to draft with
 * a reason (four eyes: no one approves their own request); the platform operator acknowledges it and
 * answers that it acted on it or rejected it. A request not yet sent can be withdrawn.
 */
public enum TakedownAction {
    SUBMIT(EnumSet.of(TakedownState.DRAFT), TakedownState.AWAITING_APPROVAL, EnumSet.of(Role.ANALYST, Role.SUPERVISOR),
            Requester.ONLY),
    APPROVE(EnumSet.of(TakedownState.AWAITING_APPROVAL), TakedownState.SENT, EnumSet.of(Role.SUPERVISOR), Requester.NEVER),
    SEND_BACK(EnumSet.of(TakedownState.AWAITING_APPROVAL), TakedownState.DRAFT, EnumSet.of(Role.SUPERVISOR), Requester.NEVER),
    WITHDRAW(EnumSet.of(TakedownState.DRAFT, TakedownState.AWAITING_APPROVAL), TakedownState.WITHDRAWN,
            EnumSet.of(Role.ANALYST, Role.SUPERVISOR), Requester.ANY),
    ACKNOWLEDGE(EnumSet.of(TakedownState.SENT), TakedownState.ACKNOWLEDGED, EnumSet.of(Role.PARTNER), Requester.ANY),
    ACTION(EnumSet.of(TakedownState.SENT, TakedownState.ACKNOWLEDGED), TakedownState.ACTIONED, EnumSet.of(Role.PARTNER), Requester.ANY),
    REJECT(EnumSet.of(TakedownState.SENT, TakedownState.ACKNOWLEDGED), TakedownState.REJECTED, EnumSet.of(Role.PARTNER), Requester.ANY);

    /** How a step relates to the request's requester. */
    public enum Requester {
        /** anyone with the role */
        ANY,
        /** the requester only (editing and submitting their own draft) */
        ONLY,
        /** anyone with the role but the requester (four eyes) */
        NEVER
    }

    private final Set<TakedownState> from;
    private final TakedownState to;
    private final Set<Role> roles;
    private final Requester requester;

    TakedownAction(Set<TakedownState> from, TakedownState to, Set<Role> roles, Requester requester) {
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.requester = requester;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Set<TakedownState> from() {
        return EnumSet.copyOf(from);
    }

    public TakedownState to() {
        return to;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** Whether the requester is barred from this step (four-eyes rule). */
    public boolean notByRequester() {
        return requester == Requester.NEVER;
    }

    /** Whether only the requester may take this step. */
    public boolean onlyByRequester() {
        return requester == Requester.ONLY;
    }

    /**
     * Whether {@code actor} (with {@code role}) may take this step on a request in state {@code current}
     * drafted by {@code requester}. Who-checks come first: a requester is told they may not approve
     * their own request whatever its state.
     */
    public Verdict check(TakedownState current, Role role, String actor, String requester) {
        if (!roles.contains(role)) {
            return new Verdict.NotPermitted("role '" + role.wireName() + "' may not " + wireName() + " a takedown request");
        }
        if (this.requester == Requester.NEVER && actor.equals(requester)) {
            return new Verdict.NotPermitted("the requester may not " + wireName() + " their own takedown request");
        }
        if (this.requester == Requester.ONLY && !actor.equals(requester)) {
            return new Verdict.NotPermitted("only the requester (" + requester + ") may " + wireName() + " this takedown request");
        }
        if (!from.contains(current)) {
            return new Verdict.WrongState("cannot " + wireName() + " a takedown request in state '" + current.wireName()
                    + "'; only from " + from.stream().map(TakedownState::wireName).toList());
        }
        return Verdict.ALLOWED;
    }
}
