/**
 * @param {number[][]} intervals closed intervals [start, end]
 * @returns {number[][]} the merged intervals, sorted by start
 */
function mergeIntervals(intervals) {
  // your code here
}
