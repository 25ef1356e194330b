import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics';

/** `name{quantile="q"}` and `name_count` from the Prometheus text. */
async function read(metrics: Metrics, name: string): Promise<{ count: number; max: number; median: number }> {
  const text = await metrics.registry.getSingleMetricAsString(name);
  const value = (prefix: string) => Number(text.split('\n').find((l) => l.startsWith(prefix))?.split(' ')[1]);
  return { count: value(`${name}_count `), max: value(`${name}{quantile="1"}`), median: value(`${name}{quantile="0.5"}`) };
}

describe('lag summaries', () => {
  // Values are held and folded into prom-client's summary at scrape time (or when the buffer
  // fills): every value added before a scrape is in it, none is lost past the buffer's size.
  it('shows every value added before a scrape, beyond the buffer size too', async () => {
    const metrics = new Metrics();
    for (let i = 1; i <= 10_000; i++) metrics.persistLag.add(i / 1000);
    expect(await read(metrics, 'stormscape_persist_lag_seconds')).toMatchObject({ count: 10_000, max: 10 });
    expect((await read(metrics, 'stormscape_persist_lag_seconds')).median).toBeCloseTo(5, 1);
    metrics.persistLag.add(42);
    expect(await read(metrics, 'stormscape_persist_lag_seconds')).toMatchObject({ count: 10_001, max: 42 });
    expect(metrics.persistLag.count).toBe(10_001);
    metrics.stop();
  });
});
