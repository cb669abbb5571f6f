#include <cmath>
#include <vector>

struct Stats {
    double mean;
    double stddev;
};

// Kahan-compensated sum of f(x) over xs.
template <class F>
double kahanSum(const std::vector<double>& xs, F f) {
    double sum = 0, carry = 0;
    for (double x : xs) {
        double y = f(x) - carry;
        double t = sum + y;
        carry = (t - sum) - y;
        sum = t;
    }
    return sum;
}

// Two passes: the mean first, then squared deviations from it (never sum of
// squares minus square of sums).
Stats meanAndStddev(const std::vector<double>& values) {
    double n = static_cast<double>(values.size());
    double mean = kahanSum(values, [](double x) { return x; }) / n;
    double variance = kahanSum(values, [mean](double x) { return (x - mean) * (x - mean); }) / n;
    return {mean, std::sqrt(variance)};
}
