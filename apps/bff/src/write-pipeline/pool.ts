// Run `fn` over items with at most `concurrency` in flight, results in input
// order. With Zoom calls inside, the client's rate limiter paces the whole
// pool; the bound only keeps enough work queued to use the budget fully
// without crowding out other callers of the same limiter.
export async function mapPool<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}
