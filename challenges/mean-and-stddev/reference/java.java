class Stats {
    public double mean;
    public double stddev;
}

class Solution {
    // Two passes with Kahan-compensated sums: the mean first, then squared
    // deviations from it (never sum of squares minus square of sums).
    public Stats meanAndStddev(double[] values) {
        int n = values.length;
        double mean = kahanSum(values) / n;
        double[] squares = new double[n];
        for (int i = 0; i < n; i++) squares[i] = (values[i] - mean) * (values[i] - mean);
        Stats stats = new Stats();
        stats.mean = mean;
        stats.stddev = Math.sqrt(kahanSum(squares) / n);
        return stats;
    }

    private static double kahanSum(double[] xs) {
        double sum = 0;
        double carry = 0;
        for (double x : xs) {
            double y = x - carry;
            double t = sum + y;
            carry = (t - sum) - y;
            sum = t;
        }
        return sum;
    }
}
