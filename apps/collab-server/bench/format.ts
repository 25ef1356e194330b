/** How the bench's tables print figures, shared by the single-node table (`run.ts`) and the node table (`nodes.ts`). */

/** Milliseconds: two decimals below 10, one below 100 (a p99 printed "10" could be 10.4 against a target of 10), whole above. */
export const ms = (v: number | undefined): string => (v === undefined || Number.isNaN(v) ? 'n/a' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));

export const pct = (v: number | undefined): string => (v === undefined || Number.isNaN(v) ? 'n/a' : `${(v * 100).toFixed(0)}%`);

/** The median of the finite values (the lower one for an even count). */
export const median = (values: number[]): number | undefined => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[(sorted.length - 1) >> 1];
};

/** The run whose `key` is the median: the repeated scenarios' detailed rows come from it. */
export const medianRun = <T>(runs: T[], key: (r: T) => number): T | undefined => runs.find((r) => key(r) === median(runs.map(key)));

/** Repeated runs' median with their min–max. */
export const spread = (values: number[]): string => (values.length === 0 ? 'n/a' : `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`);
