function secondLargest(nums) {
  let first = null;
  let second = null;
  for (const n of nums) {
    if (first === null || n > first) {
      if (first !== null) second = first;
      first = n;
    } else if (n < first && (second === null || n > second)) {
      second = n;
    }
  }
  return second;
}
