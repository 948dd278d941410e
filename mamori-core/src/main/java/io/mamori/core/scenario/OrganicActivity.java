package io.mamori.core.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * When ordinary (and cover) actions happen. Accounts are grouped by rhythm; each hour, a group's
 * number of actions is Poisson with mean (sum of weekly rates / 168) × (rhythm at that hour /
 * its weekly mean), and each action goes to an account drawn in proportion to its rate (alias
 * table), at a uniform time within the hour. Work is proportional to the number of actions, not
 * accounts × hours. Immutable; {@link #planHour} takes the run's random source.
 */
final class OrganicActivity {
    private final List<Group> groups;

    private record Group(Rhythm rhythm, double weeklyMean, int[] accounts, AliasTable alias, double weeklyTotal) {
    }

    OrganicActivity(Cast cast) {
        Map<Rhythm, List<double[]>> byRhythm = new HashMap<>();
        List<Rhythm> order = new ArrayList<>();
        for (int a = 0; a < cast.size(); a++) {
            double rate = cast.weeklyRate[a];
            if (rate <= 0) {
                continue;
            }
            double office = rate * cast.officeShare[a];
            add(byRhythm, order, cast.rhythm[a], a, rate - office);
            if (office > 0) {
                add(byRhythm, order, cast.officeRhythm[a], a, office);
            }
        }
        List<Group> gs = new ArrayList<>();
        for (Rhythm rhythm : order) {
            List<double[]> members = byRhythm.get(rhythm);
            int[] accounts = new int[members.size()];
            double[] rates = new double[members.size()];
            double total = 0;
            for (int i = 0; i < accounts.length; i++) {
                accounts[i] = (int) members.get(i)[0];
                rates[i] = members.get(i)[1];
                total += rates[i];
            }
            gs.add(new Group(rhythm, rhythm.weeklyMean(), accounts, new AliasTable(rates), total));
        }
        this.groups = List.copyOf(gs);
    }

    private static void add(Map<Rhythm, List<double[]>> byRhythm, List<Rhythm> order, Rhythm rhythm, int account, double rate) {
        if (rate <= 0) {
            return;
        }
        List<double[]> list = byRhythm.get(rhythm);
        if (list == null) {
            list = new ArrayList<>();
            byRhythm.put(rhythm, list);
            order.add(rhythm);
        }
        list.add(new double[] {account, rate});
    }

    /** Plans the organic actions of the hour starting at {@code hourStart}. */
    void planHour(long hourStart, SplittableRandom r, Consumer<Action> out) {
        for (Group g : groups) {
            if (g.weeklyMean() <= 0) {
                continue;
            }
            double mean = g.weeklyTotal() / 168.0 * g.rhythm().weight(hourStart + Rhythm.HOUR_MILLIS / 2) / g.weeklyMean();
            int n = Draws.poisson(r, mean);
            for (int i = 0; i < n; i++) {
                int account = g.accounts()[g.alias().sample(r)];
                out.accept(new Action.Organic(account, hourStart + Draws.below(r, (int) Rhythm.HOUR_MILLIS)));
            }
        }
    }
}
