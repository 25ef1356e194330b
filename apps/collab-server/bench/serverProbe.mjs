// Preloaded into both servers under test (`--import`), so the benchmark can tell where a
// latency tail comes from without hooks in production code: garbage-collection pauses and
// event-loop delay on the main thread while measuring, over the IPC channel.
// Plain JavaScript: worker threads inherit `--import` without the tsx loader.
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  let gc = { count: 0, totalMs: 0, maxMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  // Samples how late a 1 ms timer fires: a turn that holds the loop shows up here.
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let elu = performance.eventLoopUtilization();
  process.on('message', (message) => {
    if (message === 'probe-start') {
      gc = { count: 0, totalMs: 0, maxMs: 0 };
      delay.reset();
      delay.enable();
      elu = performance.eventLoopUtilization();
    } else if (message === 'probe-report') {
      delay.disable();
      const ms = (ns) => ns / 1e6;
      process.send?.({
        probe: {
          gc,
          loopDelay: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
          utilisation: performance.eventLoopUtilization(elu).utilization,
        },
      });
    }
  });
}
