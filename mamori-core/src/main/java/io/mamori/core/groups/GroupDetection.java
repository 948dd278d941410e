package io.mamori.core.groups;

import io.mamori.core.coordination.MultiplexIndex;
import io.mamori.core.coordination.PairEvidence;
import io.mamori.core.coordination.PostTable;

import java.util.List;

/**
 * The outcome of {@link CoordinatedGroupDetector#detect}: every candidate group, best first, and
 * the flagged accounts. Immutable.
 *
 * @param table          the posts analysed
 * @param index          the multiplex index the evidence came from
 * @param parameters     the parameters used
 * @param pairs          the account pairs of the account graph (co-acting on enough occasions)
 * @param pairCount      pairs with positive weight, i.e. the graph's edges
 * @param graphAccounts  accounts with at least one such pair
 * @param groups         candidate groups, highest score first
 * @param accounts       flagged accounts, highest score first
 */
public record GroupDetection(PostTable table, MultiplexIndex index, DetectionParameters parameters, PairEvidence pairs, int pairCount,
                             int graphAccounts, List<CoordinatedGroup> groups, List<AccountFinding> accounts) {
    public GroupDetection {
        groups = List.copyOf(groups);
        accounts = List.copyOf(accounts);
    }
}
