package org.veille.eval;

import java.util.Arrays;
import java.util.Collection;

/**
 * Mean and median of per-page values: the README asks for both because a few disastrous pages move the
 * mean a lot and the median hardly at all. Both are NaN for no values.
 *
 * @param count  how many values
 * @param mean   arithmetic mean
 * @param median middle value, the mean of the two middle ones for an even count (Python's statistics.median)
 */
public record MeanMedian(int count, double mean, double median) {

    public static MeanMedian of(Collection<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static MeanMedian of(double[] values) {
        if (values.length == 0) {
            return new MeanMedian(0, Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new MeanMedian(sorted.length, sum / sorted.length, median);
    }
}
