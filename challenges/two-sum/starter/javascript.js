/**
 * @param {number[]} nums
 * @param {number} target
 * @returns {number[]} [i, j] with i < j and nums[i] + nums[j] === target
 */
function twoSum(nums, target) {
  // your code here
}
