/** Returns the merged intervals, sorted by start. */
function mergeIntervals(intervals: number[][]): number[][] {
  // your code here
  return [];
}
