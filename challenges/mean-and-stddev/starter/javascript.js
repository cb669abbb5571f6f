/**
 * @param {number[]} values a non-empty list
 * @returns {{mean: number, stddev: number}} population standard deviation
 */
function meanAndStddev(values) {
  // your code here
}
