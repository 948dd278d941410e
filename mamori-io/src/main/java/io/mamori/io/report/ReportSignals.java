package io.mamori.io.report;

import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.groups.AccountFinding;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.groups.GroupDetection;
import io.mamori.core.signals.DomainList;
import io.mamori.core.signals.DomainMatcher;
import io.mamori.core.signals.ForeignTimeZoneRule;
import io.mamori.core.signals.InferredTimeZone;
import io.mamori.core.signals.OperationTimeZone;
import io.mamori.core.signals.SignalProfile;
import io.mamori.core.signals.SignalSweep;
import io.mamori.core.signals.WorkingHoursTimeZone;
import io.mamori.io.input.DomainListCsvReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The account and group signals of a report ({@code docs/signals.md}; {@code parameters.signals},
 * {@code groups[].timezone}, {@code groups[].links}, {@code accounts[].timezone},
 * {@code accounts[].links} in {@code docs/report-format.md}): what was computed, and with which
 * lists and parameters.
 *
 * @param bundleVersion version of the bundled domain lists (empty when none were loaded)
 * @param lists         the lists loaded, in load order
 * @param listedDomains distinct listed domains over all lists
 * @param overridden    entries that replaced an earlier list's entry for the same domain
 * @param timeZones     the time-zone estimator
 * @param foreignRule   when a time zone counts as foreign
 * @param groups        one profile per candidate group, in the detection's group order
 * @param accounts      one profile per flagged account, in the detection's account order
 * @param operations    per candidate group, its operation's time zone, or null for a group alone
 * @param inferred      per candidate group, the time zone stated for it
 */
public record ReportSignals(String bundleVersion, List<ListInfo> lists, int listedDomains, int overridden,
                            WorkingHoursTimeZone timeZones, ForeignTimeZoneRule foreignRule,
                            List<SignalProfile> groups, List<SignalProfile> accounts,
                            List<OperationTimeZone> operations, List<InferredTimeZone> inferred) {
    public ReportSignals {
        Objects.requireNonNull(bundleVersion, "bundleVersion");
        lists = List.copyOf(lists);
        groups = List.copyOf(groups);
        accounts = List.copyOf(accounts);
        operations = java.util.Collections.unmodifiableList(new ArrayList<>(operations));
        inferred = List.copyOf(inferred);
    }

    /**
     * A domain list as the report names it.
     *
     * @param name    the list's name
     * @param version its version (a date, or {@code sha256:…} of a user file without a version line)
     * @param entries entries read
     * @param badRows rows skipped as bad (each reported on stderr by the command)
     * @param origin  {@code "bundled"}, or the user file's path as given
     */
    public record ListInfo(String name, String version, int entries, int badRows, String origin) {
    }

    /**
     * Computes the signals of {@code detection}'s groups and flagged accounts with the default time-zone
     * parameters and {@link ForeignTimeZoneRule#JAPAN}.
     *
     * @param lists     the lists loaded: the bundled ones first, then one per file of {@code userFiles}
     * @param userFiles the user lists' paths as given, in load order
     */
    public static ReportSignals compute(GroupDetection detection, DomainListCsvReader.Loaded lists, List<String> userFiles) {
        return compute(detection, lists, userFiles, WorkingHoursTimeZone.defaults(), ForeignTimeZoneRule.JAPAN);
    }

    /** As {@link #compute(GroupDetection, DomainListCsvReader.Loaded, List)}, with the given estimator and rule. */
    public static ReportSignals compute(GroupDetection detection, DomainListCsvReader.Loaded lists, List<String> userFiles,
                                       WorkingHoursTimeZone timeZones, ForeignTimeZoneRule rule) {
        List<DomainListCsvReader.Result> results = lists.results();
        int bundled = results.size() - userFiles.size();
        if (bundled < 0) {
            throw new IllegalArgumentException(userFiles.size() + " user files but " + results.size() + " lists");
        }
        List<ListInfo> infos = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            DomainList l = results.get(i).list();
            infos.add(new ListInfo(l.name(), l.version(), l.entries().size(), results.get(i).badRows(),
                    i < bundled ? "bundled" : userFiles.get(i - bundled)));
        }
        DomainMatcher matcher = lists.matcher();
        List<SignalSweep.Group> groups = new ArrayList<>(detection.groups().size());
        for (CoordinatedGroup g : detection.groups()) {
            groups.add(new SignalSweep.Group(g.activity().members().stream().mapToInt(GroupActivity.Member::account).toArray(),
                    g.operation(), g.activity().coActionTimes().stream().mapToDouble(Double::doubleValue).toArray()));
        }
        int[] accounts = detection.accounts().stream().mapToInt(AccountFinding::account).toArray();
        SignalSweep.Result r = SignalSweep.sweep(detection.table(), groups, accounts, matcher, timeZones, rule);
        return new ReportSignals(lists.bundleVersion(), infos, matcher.size(), matcher.overridden(), timeZones, rule,
                r.groups(), r.accounts(), r.operations(), r.inferred());
    }

    /** Signals with no domain list (every listed share is 0), for reports made without lists. */
    public static ReportSignals withoutLists(GroupDetection detection) {
        return compute(detection, new DomainListCsvReader.Loaded("", List.of()), List.of());
    }
}
