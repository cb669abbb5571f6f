// In-memory stand-in for the async key-value client (given).
const store = new Map();
const later = () => new Promise((resolve) => setImmediate(resolve));
async function get(key) { await later(); return store.get(key) ?? 0; }
async function set(key, value) { await later(); store.set(key, value); }

async function applyDeposits(deposits) {
  // Sum per account first: one read and one write per account, and accounts
  // still run concurrently, so no two updates of one key overlap.
  const totals = new Map();
  for (const { account, amount } of deposits) totals.set(account, (totals.get(account) ?? 0) + amount);
  const entries = await Promise.all(
    [...totals].map(async ([account, sum]) => {
      const balance = (await get(account)) + sum;
      await set(account, balance);
      return [account, balance];
    }),
  );
  return Object.fromEntries(entries);
}
