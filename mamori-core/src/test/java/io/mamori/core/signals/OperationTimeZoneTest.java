package io.mamori.core.signals;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An operation's time zone by its conclusive units' votes, and which of its units take it
 * ({@link SignalSweep}, {@link OperationTimeZone}, {@link InferredTimeZone}), on synthetic weeks.
 *
 * <p>Operation "G1": two units working Moscow office hours (+3) with many posts, one unit of
 * ordinary Japanese users (+9), a fragment whose week is Japanese cover content but whose
 * co-action falls in Moscow office hours, and a fragment that also acts in concert on the
 * Japanese morning. "G9" is a group alone.
 */
class OperationTimeZoneTest {
    private static SignalSweep.Result result;

    @BeforeAll
    static void sweep() {
        SyntheticActivity activity = new SyntheticActivity(5);
        Map<String, double[]> posts = new HashMap<>();
        posts.put("moscowA", activity.office(180, 1, 5, 400, 0.05));
        posts.put("moscowB", activity.office(180, 1, 5, 300, 0.05));
        posts.put("japan", activity.users(540, 900, 0.05));
        posts.put("fragment", activity.users(540, 40, 0.3));
        posts.put("morning", activity.users(540, 40, 0.3));
        posts.put("alone", activity.users(540, 40, 0.3));
        Map<String, Integer> members = Map.of("moscowA", 10, "moscowB", 6, "japan", 3, "fragment", 4, "morning", 4, "alone", 4);
        List<String> order = List.of("moscowA", "moscowB", "japan", "fragment", "morning", "alone");

        PostTable.Builder b = PostTable.builder(EnumSet.of(CoActivityType.CO_ANY));
        int id = 0;
        for (String unit : order) {
            double[] times = posts.get(unit);
            java.util.Arrays.sort(times);
            for (int i = 0; i < times.length; i++) {
                b.add(post("p" + id++, unit + "-" + i % members.get(unit), (long) times[i]));
            }
        }
        PostTable table = b.build();
        Map<String, List<Integer>> accounts = new HashMap<>();
        for (int a = 0; a < table.accountCount(); a++) {
            String name = table.accountId(a);
            accounts.computeIfAbsent(name.substring(0, name.indexOf('-')), k -> new ArrayList<>()).add(a);
        }
        double[] moscowMoments = moscowLocal(10, 11, 12.5, 14, 15.5, 17);
        double[] japaneseMornings = {moscowMoments[0], moscowMoments[1], moscowMoments[2] - 9 * 3600, moscowMoments[3] - 9 * 3600,
            moscowMoments[4] - 9 * 3600};
        List<SignalSweep.Group> groups = new ArrayList<>();
        for (String unit : order) {
            double[] coAction = switch (unit) {
                case "fragment", "alone" -> moscowMoments;
                case "morning" -> japaneseMornings;
                default -> new double[0];
            };
            groups.add(new SignalSweep.Group(accounts.get(unit).stream().mapToInt(Integer::intValue).toArray(),
                    unit.equals("alone") ? null : "G1", coAction));
        }
        result = SignalSweep.sweep(table, groups, new int[0], DomainMatcher.of(List.of()), WorkingHoursTimeZone.defaults(),
                ForeignTimeZoneRule.JAPAN);
    }

    private static double[] moscowLocal(double... hours) {
        double[] out = new double[hours.length];
        for (int i = 0; i < hours.length; i++) {
            out[i] = SyntheticActivity.START + i * 86_400L + (hours[i] - 3) * 3600;
        }
        return out;
    }

    private static Post post(String id, String account, long seconds) {
        return new Post(Platform.UNKNOWN, new PostId(id), new AccountId(account), "user_" + account,
                Instant.ofEpochSecond(seconds), "text " + id, null, null, null, null, List.of(), List.of(), List.of());
    }

    @Test
    void theOwnEstimatesAreAsBuilt() {
        List<SignalProfile> own = result.groups();
        assertThat(own.get(0).timeZone().utcOffsetMinutes()).isEqualTo(180);
        assertThat(InferredTimeZone.conclusive(own.get(0).timeZone())).isTrue();
        assertThat(InferredTimeZone.conclusive(own.get(1).timeZone())).isTrue();
        assertThat(own.get(2).timeZone().utcOffsetMinutes()).isEqualTo(540);
        assertThat(InferredTimeZone.conclusive(own.get(2).timeZone())).isTrue();
        assertThat(InferredTimeZone.conclusive(own.get(3).timeZone())).as("a fragment's few posts").isFalse();
        assertThat(InferredTimeZone.conclusive(own.get(4).timeZone())).isFalse();
    }

    @Test
    void theOperationIsWhereMostConclusivelyPlacedMembersWork() {
        OperationTimeZone op = result.operations().get(0);

        assertThat(result.operations().subList(0, 5)).allSatisfy(o -> assertThat(o).isSameAs(op));
        assertThat(result.operations().get(5)).as("a group alone has no operation").isNull();
        assertThat(op.operation()).isEqualTo("G1");
        assertThat(op.units()).isEqualTo(5);
        assertThat(op.members()).isEqualTo(10 + 6 + 3 + 4 + 4);
        assertThat(op.conclusiveUnits()).isEqualTo(3);
        assertThat(op.agreeingUnits()).isEqualTo(2);
        assertThat(op.utcOffsetMinutes()).isEqualTo(180);
        assertThat(op.pattern()).isEqualTo(ActivityPattern.OFFICE_HOURS);
        double expected = (10 * result.groups().get(0).timeZone().confidence() + 6 * result.groups().get(1).timeZone().confidence())
                / (10 + 6 + 3);
        assertThat(op.confidence()).isCloseTo(expected, within(1e-12)).isLessThan(16.0 / 19 + 1e-9);
        assertThat(op.foreign()).as("16 of 19 conclusive members is under 0.9").isFalse();
    }

    @Test
    void onlyTheInconclusiveUnitWhoseCoActionKeepsMoscowHoursIsStatedInMoscow() {
        List<InferredTimeZone> stated = result.inferred();

        assertThat(stated.get(0).basis()).isEqualTo(InferredTimeZone.Basis.GROUP);
        assertThat(stated.get(2).basis()).as("conclusive at +9, kept").isEqualTo(InferredTimeZone.Basis.GROUP);
        assertThat(stated.get(2).utcOffsetMinutes()).isEqualTo(540);
        assertThat(stated.get(3).basis()).isEqualTo(InferredTimeZone.Basis.OPERATION);
        assertThat(stated.get(3).utcOffsetMinutes()).isEqualTo(180);
        assertThat(stated.get(3).inOperationHours()).isEqualTo(1.0);
        assertThat(stated.get(4).basis()).as("acts in concert on Japanese mornings too").isEqualTo(InferredTimeZone.Basis.GROUP);
        assertThat(stated.get(4).inOperationHours()).isEqualTo(0.4);
        assertThat(stated.get(5).basis()).as("same hours, but alone").isEqualTo(InferredTimeZone.Basis.GROUP);
        assertThat(stated.get(5).inOperationHours()).isNull();
    }

    @Test
    void withoutAConclusiveUnitTheOperationNamesNoOffset() {
        SyntheticActivity activity = new SyntheticActivity(9);
        PostTable.Builder b = PostTable.builder(EnumSet.of(CoActivityType.CO_ANY));
        double[] x = activity.users(540, 30, 0.3);
        double[] y = activity.users(540, 30, 0.3);
        for (int i = 0; i < x.length; i++) {
            b.add(post("x" + i, "x", (long) x[i]));
            b.add(post("y" + i, "y", (long) y[i]));
        }
        PostTable table = b.build();
        SignalSweep.Result r = SignalSweep.sweep(table, List.of(new SignalSweep.Group(new int[] {0}, "G1", new double[0]),
                new SignalSweep.Group(new int[] {1}, "G1", new double[0])), new int[0], DomainMatcher.of(List.of()),
                WorkingHoursTimeZone.defaults(), ForeignTimeZoneRule.JAPAN);

        OperationTimeZone op = r.operations().get(0);
        assertThat(op.conclusiveUnits()).isZero();
        assertThat(op.utcOffsetMinutes()).isNull();
        assertThat(op.pattern()).isEqualTo(ActivityPattern.TOO_FEW);
        assertThat(op.confidence()).isZero();
        assertThat(r.inferred()).allSatisfy(t -> assertThat(t.basis()).isEqualTo(InferredTimeZone.Basis.GROUP));
    }
}
