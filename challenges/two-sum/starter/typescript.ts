/** Returns [i, j] with i < j and nums[i] + nums[j] === target. */
function twoSum(nums: number[], target: number): number[] {
  // your code here
  return [];
}
