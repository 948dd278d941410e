package io.mamori.core.signals;

/**
 * Working-hours time-zone inference: which UTC offset's office hours or daily rhythm best explains
 * when an account or a group posts (issue 5; method and validation in {@code docs/signals.md}).
 *
 * <p>Each hypothesis is a distribution over the 336 half hours of the week: a weekly template in
 * local time (office hours Monday–Friday, office hours every day, or ordinary users' daily rhythm)
 * shifted by a candidate offset and mixed with a uniform share of posts at random hours. A
 * histogram is scored by its multinomial log-likelihood under each hypothesis, the noise share
 * is integrated over a small grid, and the likelihoods are turned into a posterior over
 * hypotheses, the flat week (no working hours, 24/7 automation) being one of them. Posts of one
 * account or campaign are not independent draws (they come in bursts), so the evidence is
 * tempered to at most {@link #evidenceSlots()} active slots' worth; this keeps the confidence honest for
 * large groups.
 *
 * <p>Offsets are in minutes, every half hour from −12:00 to +14:00 for office hours; the smooth
 * daily rhythm cannot resolve half hours, so its candidates are whole hours. Daylight saving is
 * ignored: a week of data sees a single offset, and a DST zone is reported at its current offset.
 *
 * <p>Immutable and thread-safe. Cost per estimate: O(non-empty bins × candidates × noise levels),
 * at most 336 × 133 × 6 ≈ 0.27 million multiply-adds (about 0.2 ms), on top of O(posts) to fill
 * the histogram.
 */
public final class WorkingHoursTimeZone {
    /** Active slots (see {@link ActivityHistogram}) below which the estimate is {@link ActivityPattern#TOO_FEW}. */
    public static final int DEFAULT_MIN_SLOTS = 20;
    /** The evidence is counted as at most this many independent active slots. */
    public static final double DEFAULT_EVIDENCE_SLOTS = 300;

    static final int MIN_OFFSET_MINUTES = -12 * 60;
    static final int MAX_OFFSET_MINUTES = 14 * 60;
    private static final int BINS = ActivityHistogram.BINS;
    private static final int STEP = 30;
    private static final int OFFSETS = (MAX_OFFSET_MINUTES - MIN_OFFSET_MINUTES) / STEP + 1;

    /** Shares of posts at random hours the templates are mixed with; the likelihood is averaged over them. */
    private static final double[] NOISE = {0.02, 0.1, 0.2, 0.35, 0.5, 0.7};

    /** Prior mass: flat week, office Monday–Friday, office every day, daily rhythm. */
    private static final double PRIOR_FLAT = 0.2;
    private static final double PRIOR_OFFICE_WEEKDAYS = 0.2;
    private static final double PRIOR_OFFICE_ALL_WEEK = 0.2;
    private static final double PRIOR_RHYTHM = 0.4;
    /**
     * Prior weight of a half-hour offset relative to a whole-hour one: a handful of zones (India,
     * Iran, Afghanistan, Myanmar, Newfoundland, central Australia) are on half hours.
     */
    private static final double HALF_HOUR_WEIGHT = 0.2;

    private static final int OFFICE_WEEKDAYS = 0;
    private static final int OFFICE_ALL_WEEK = 1;
    private static final int RHYTHM = 2;
    private static final int FAMILIES = 3;

    /** log q[family][noise][local bin]: the hypotheses' log-probabilities, in local time. */
    private static final double[][][] LOG_Q = logTemplates();

    private final int minSlots;
    private final double evidenceSlots;

    /**
     * @param minSlots      active slots below which nothing is claimed, at least 1
     * @param evidenceSlots the evidence is tempered to at most this many active slots, positive
     */
    public WorkingHoursTimeZone(int minSlots, double evidenceSlots) {
        if (minSlots < 1) {
            throw new IllegalArgumentException("minSlots must be at least 1: " + minSlots);
        }
        if (!(evidenceSlots > 0)) {
            throw new IllegalArgumentException("evidenceSlots must be positive: " + evidenceSlots);
        }
        this.minSlots = minSlots;
        this.evidenceSlots = evidenceSlots;
    }

    /** The documented defaults: at least {@value #DEFAULT_MIN_SLOTS} active slots, at most {@value #DEFAULT_EVIDENCE_SLOTS} slots of evidence. */
    public static WorkingHoursTimeZone defaults() {
        return new WorkingHoursTimeZone(DEFAULT_MIN_SLOTS, DEFAULT_EVIDENCE_SLOTS);
    }

    public int minSlots() {
        return minSlots;
    }

    public double evidenceSlots() {
        return evidenceSlots;
    }

    /** The estimate for posts at these instants (seconds since the epoch). */
    public TimeZoneEstimate estimate(double... epochSeconds) {
        return estimate(ActivityHistogram.of(epochSeconds));
    }

    /** The estimate for the posts counted in this histogram (which it does not change). */
    public TimeZoneEstimate estimate(ActivityHistogram histogram) {
        int[] counts = histogram.counts();
        int n = histogram.activeSlots();
        double temper = n == 0 ? 1 : Math.min(1.0, evidenceSlots / n);
        double flatLogLik = -n * Math.log(BINS);
        // Sparse: an account's few posts touch few bins.
        int nonEmpty = 0;
        for (int c : counts) {
            nonEmpty += c == 0 ? 0 : 1;
        }
        int[] bins = new int[nonEmpty];
        int[] binCounts = new int[nonEmpty];
        for (int b = 0, i = 0; b < BINS; b++) {
            if (counts[b] != 0) {
                bins[i] = b;
                binCounts[i++] = counts[b];
            }
        }

        // logEvidence[family][offset]: tempered log-likelihood averaged over the noise grid;
        // NaN where the family has no such candidate (rhythm at half hours).
        double[][] logEvidence = new double[FAMILIES][OFFSETS];
        double[][] bestLogLik = new double[FAMILIES][OFFSETS];
        int[][] bestNoise = new int[FAMILIES][OFFSETS];
        for (int f = 0; f < FAMILIES; f++) {
            for (int o = 0; o < OFFSETS; o++) {
                if (f == RHYTHM && offsetMinutes(o) % 60 != 0) {
                    logEvidence[f][o] = Double.NaN;
                    bestLogLik[f][o] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                int shift = Math.floorMod(offsetMinutes(o) / STEP, BINS);
                double[] tempered = new double[NOISE.length];
                double best = Double.NEGATIVE_INFINITY;
                for (int e = 0; e < NOISE.length; e++) {
                    double ll = logLikelihood(bins, binCounts, LOG_Q[f][e], shift);
                    tempered[e] = temper * ll;
                    if (ll > best) {
                        best = ll;
                        bestNoise[f][o] = e;
                    }
                }
                bestLogLik[f][o] = best;
                logEvidence[f][o] = logMeanExp(tempered);
            }
        }

        // Posterior over hypotheses: flat, and (family, offset).
        double[][] logPost = new double[FAMILIES][OFFSETS];
        double logPostFlat = Math.log(PRIOR_FLAT) + temper * flatLogLik;
        double max = logPostFlat;
        for (int f = 0; f < FAMILIES; f++) {
            for (int o = 0; o < OFFSETS; o++) {
                logPost[f][o] = Double.isNaN(logEvidence[f][o]) ? Double.NEGATIVE_INFINITY
                        : Math.log(familyPrior(f) * offsetWeight(o) / totalWeight(f)) + logEvidence[f][o];
                max = Math.max(max, logPost[f][o]);
            }
        }
        double z = Math.exp(logPostFlat - max);
        double[] offsetMass = new double[OFFSETS];
        for (int o = 0; o < OFFSETS; o++) {
            for (int f = 0; f < FAMILIES; f++) {
                offsetMass[o] += Math.exp(logPost[f][o] - max);
            }
            z += offsetMass[o];
        }
        double flatPosterior = Math.exp(logPostFlat - max) / z;
        int bestOffset = 0;
        for (int o = 1; o < OFFSETS; o++) {
            if (offsetMass[o] > offsetMass[bestOffset]) {
                bestOffset = o;
            }
        }
        double offsetPosterior = offsetMass[bestOffset] / z;

        int bestFamily = 0;
        for (int f = 1; f < FAMILIES; f++) {
            if (logPost[f][bestOffset] > logPost[bestFamily][bestOffset]) {
                bestFamily = f;
            }
        }
        TimeZoneEstimate.PatternFit office = bestFit(bestLogLik, bestNoise, flatLogLik, n, OFFICE_WEEKDAYS, OFFICE_ALL_WEEK);
        TimeZoneEstimate.PatternFit rhythm = bestFit(bestLogLik, bestNoise, flatLogLik, n, RHYTHM, RHYTHM);

        ActivityPattern pattern;
        double confidence;
        if (n < minSlots) {
            pattern = ActivityPattern.TOO_FEW;
            confidence = 0;
        } else if (flatPosterior >= offsetPosterior) {
            pattern = ActivityPattern.ROUND_THE_CLOCK;
            confidence = flatPosterior;
        } else {
            pattern = bestFamily == RHYTHM ? ActivityPattern.DAILY_RHYTHM : ActivityPattern.OFFICE_HOURS;
            confidence = offsetPosterior;
        }
        int offset = offsetMinutes(bestOffset);
        return new TimeZoneEstimate(offset, confidence, pattern, histogram.posts(), n,
                share(counts, n, offset, true), share(counts, n, offset, false), office, rhythm);
    }

    private static TimeZoneEstimate.PatternFit bestFit(double[][] logLik, int[][] noise, double flatLogLik, int n,
                                                       int firstFamily, int lastFamily) {
        int bf = firstFamily;
        int bo = 0;
        for (int f = firstFamily; f <= lastFamily; f++) {
            for (int o = 0; o < OFFSETS; o++) {
                if (logLik[f][o] > logLik[bf][bo]) {
                    bf = f;
                    bo = o;
                }
            }
        }
        double gain = n == 0 ? 0 : (logLik[bf][bo] - flatLogLik) / n;
        return new TimeZoneEstimate.PatternFit(offsetMinutes(bo), gain, NOISE[noise[bf][bo]], bf == OFFICE_ALL_WEEK);
    }

    /** Σ counts·logQ[local bin] over the non-empty UTC bins; a UTC bin b is local bin b + shift. */
    private static double logLikelihood(int[] bins, int[] counts, double[] logQ, int shift) {
        double sum = 0;
        for (int i = 0; i < bins.length; i++) {
            int local = bins[i] + shift;
            sum += counts[i] * logQ[local >= BINS ? local - BINS : local];
        }
        return sum;
    }

    /** Share of posts in local office hours (09–18, any day) or, with {@code officeHours} false, at local weekends. */
    private static double share(int[] counts, int n, int offsetMinutes, boolean officeHours) {
        if (n == 0) {
            return 0;
        }
        int shift = Math.floorMod(offsetMinutes / STEP, BINS);
        long in = 0;
        for (int b = 0; b < BINS; b++) {
            int local = (b + shift) % BINS;
            int halfHour = local % 48;
            boolean hit = officeHours ? halfHour >= 18 && halfHour < 36 : local >= 5 * 48;
            if (hit) {
                in += counts[b];
            }
        }
        return (double) in / n;
    }

    private static double logMeanExp(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        double s = 0;
        for (double v : x) {
            s += Math.exp(v - m);
        }
        return m + Math.log(s / x.length);
    }

    private static double familyPrior(int family) {
        return switch (family) {
            case OFFICE_WEEKDAYS -> PRIOR_OFFICE_WEEKDAYS;
            case OFFICE_ALL_WEEK -> PRIOR_OFFICE_ALL_WEEK;
            default -> PRIOR_RHYTHM;
        };
    }

    private static double offsetWeight(int index) {
        return offsetMinutes(index) % 60 == 0 ? 1.0 : HALF_HOUR_WEIGHT;
    }

    /** Sum of the offset weights of a family's candidates. */
    private static double totalWeight(int family) {
        int whole = (MAX_OFFSET_MINUTES - MIN_OFFSET_MINUTES) / 60 + 1;
        return family == RHYTHM ? whole : whole + (OFFSETS - whole) * HALF_HOUR_WEIGHT;
    }

    private static int offsetMinutes(int index) {
        return MIN_OFFSET_MINUTES + index * STEP;
    }

    private static double[][][] logTemplates() {
        double[][] shapes = {WeeklyTemplates.office(false), WeeklyTemplates.office(true), WeeklyTemplates.dailyRhythm()};
        double[][][] out = new double[FAMILIES][NOISE.length][BINS];
        for (int f = 0; f < FAMILIES; f++) {
            for (int e = 0; e < NOISE.length; e++) {
                for (int b = 0; b < BINS; b++) {
                    out[f][e][b] = Math.log((1 - NOISE[e]) * shapes[f][b] + NOISE[e] / BINS);
                }
            }
        }
        return out;
    }
}
