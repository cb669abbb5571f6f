// Two passes with Kahan-compensated sums: the mean first, then squared
// deviations from it (never sum of squares minus square of sums).
function kahanSum(xs: number[]): number {
  let sum = 0;
  let carry = 0;
  for (const x of xs) {
    const y = x - carry;
    const t = sum + y;
    carry = t - sum - y;
    sum = t;
  }
  return sum;
}

interface Stats {
  mean: number;
  stddev: number;
}

function meanAndStddev(values: number[]): Stats {
  const n = values.length;
  const mean = kahanSum(values) / n;
  const variance = kahanSum(values.map((x) => (x - mean) ** 2)) / n;
  return { mean, stddev: Math.sqrt(variance) };
}
