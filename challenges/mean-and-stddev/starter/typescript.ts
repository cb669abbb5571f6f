/** Mean and population standard deviation of a non-empty list. */
function meanAndStddev(values: number[]): { mean: number; stddev: number } {
  // your code here
  return { mean: 0, stddev: 0 };
}
