package io.mamori.io.report;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Places a group's members for its network picture with the force-directed layout of
 * Fruchterman and Reingold, "Graph drawing by force-directed placement", Software: Practice and
 * Experience 21(11), 1991: every pair repels with {@code k²/d}, every edge attracts with
 * {@code w·d²/k} ({@code w} the edge's weight relative to the heaviest), and the step a node may
 * take (the temperature) cools linearly to zero. A pull towards the centre keeps members without
 * a drawn edge from drifting away. Unlike the paper, nodes are not stopped at the frame (that
 * piles them up along its border); the finished layout is scaled into the frame instead.
 *
 * <p>The start positions come from a fixed seed and Java arithmetic is reproducible, so the same
 * group gives the same picture on every machine: a report re-rendered for an oversight review
 * looks like the one the analyst saw. The cost is {@code O(n²)} per iteration, which is why the
 * picture is limited to a few hundred members.
 */
final class HtmlNetworkLayout {
    /** Iterations of the force simulation; enough for a few hundred nodes to settle. */
    static final int ITERATIONS = 200;

    /**
     * Pull towards the centre per unit of distance. Chosen by eye on real-sized groups: weaker lets
     * a single outlier shrink the rest of the picture into a corner, stronger squeezes clusters
     * of a group into one disc.
     */
    private static final double GRAVITY = 0.5;

    private static final long SEED = 0x4D414D4F5249L;

    private HtmlNetworkLayout() {
    }

    /** Node centres in the picture's coordinates. */
    record Positions(double[] x, double[] y) {
    }

    /**
     * Lays out {@code n} nodes joined by edges {@code from[e]–to[e]} of weight {@code weight[e] >= 0}
     * and fits them in {@code [margin, width - margin] × [margin, height - margin]}, keeping the
     * aspect of the layout.
     */
    static Positions layout(int n, int[] from, int[] to, double[] weight, double width, double height, double margin) {
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * width;
            y[i] = random.nextDouble() * height;
        }
        if (n > 1) {
            simulate(x, y, from, to, relative(weight), width, height);
        }
        fit(x, y, width, height, margin);
        return new Positions(x, y);
    }

    private static double[] relative(double[] weight) {
        double max = 0;
        for (double w : weight) {
            max = Math.max(max, w);
        }
        double[] out = new double[weight.length];
        for (int e = 0; e < weight.length; e++) {
            out[e] = max > 0 ? weight[e] / max : 1;
        }
        return out;
    }

    private static void simulate(double[] x, double[] y, int[] from, int[] to, double[] w, double width, double height) {
        int n = x.length;
        double k = Math.sqrt(width * height / n);
        double start = Math.max(width, height) / 10;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            repel(x, y, dx, dy, k);
            attract(x, y, dx, dy, from, to, w, k);
            for (int i = 0; i < n; i++) {
                dx[i] -= (x[i] - width / 2) * GRAVITY;
                dy[i] -= (y[i] - height / 2) * GRAVITY;
            }
            move(x, y, dx, dy, start * (1 - (double) iteration / ITERATIONS));
        }
    }

    private static void repel(double[] x, double[] y, double[] dx, double[] dy, double k) {
        int n = x.length;
        double k2 = k * k;
        double minSquared = k2 / 10_000;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double ex = x[i] - x[j];
                double ey = y[i] - y[j];
                double squared = ex * ex + ey * ey;
                if (squared == 0) {
                    // Coincident nodes: push them apart along a direction fixed by their indices.
                    ex = (i % 2 == 0 ? 1 : -1) * k / 100;
                    ey = (j % 2 == 0 ? 1 : -1) * k / 100;
                }
                // Force k²/d along the unit vector e/d: no square root needed.
                double f = k2 / Math.max(squared, minSquared);
                dx[i] += ex * f;
                dy[i] += ey * f;
                dx[j] -= ex * f;
                dy[j] -= ey * f;
            }
        }
    }

    private static void attract(double[] x, double[] y, double[] dx, double[] dy, int[] from, int[] to, double[] w,
                                double k) {
        for (int e = 0; e < from.length; e++) {
            int i = from[e];
            int j = to[e];
            double ex = x[i] - x[j];
            double ey = y[i] - y[j];
            double d = Math.sqrt(ex * ex + ey * ey);
            double f = w[e] * d / k;
            dx[i] -= ex * f;
            dy[i] -= ey * f;
            dx[j] += ex * f;
            dy[j] += ey * f;
        }
    }

    /** Moves each node along its force by at most {@code temperature}. */
    private static void move(double[] x, double[] y, double[] dx, double[] dy, double temperature) {
        for (int i = 0; i < x.length; i++) {
            double length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (length > 0) {
                double step = Math.min(length, temperature) / length;
                x[i] += dx[i] * step;
                y[i] += dy[i] * step;
            }
        }
    }

    /** Scales and centres the layout into the frame less its margin, keeping its aspect. */
    private static void fit(double[] x, double[] y, double width, double height, double margin) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double innerWidth = width - 2 * margin;
        double innerHeight = height - 2 * margin;
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double scale = Math.min(spanX > 0 ? innerWidth / spanX : Double.POSITIVE_INFINITY,
                spanY > 0 ? innerHeight / spanY : Double.POSITIVE_INFINITY);
        if (Double.isInfinite(scale)) {
            scale = 0;
        }
        for (int i = 0; i < x.length; i++) {
            // Clamped only against rounding: the outermost nodes land a few ulps outside otherwise.
            x[i] = clamp(width / 2 + (x[i] - (minX + maxX) / 2) * scale, margin, width - margin);
            y[i] = clamp(height / 2 + (y[i] - (minY + maxY) / 2) * scale, margin, height - margin);
        }
    }

    private static double clamp(double v, double low, double high) {
        return Math.min(high, Math.max(low, v));
    }
}
