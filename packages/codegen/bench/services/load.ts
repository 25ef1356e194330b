// The service bench's workload, driven by autocannon: a creating command (Place Order) for a
// fixed time, then a follow-up command (Confirm Order) once on each order created, so every
// call is one the lifecycle accepts whatever the handlers enforce.
import autocannon from 'autocannon';

export interface PhaseResult {
  /** Successful commands (2xx) per second over the phase. */
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly ok: number;
  /** Answers other than 2xx, plus connection errors and timeouts. */
  readonly failed: number;
  readonly seconds: number;
}

export interface Command {
  /** Path of the command; for a follow-up, made from the id it acts on. */
  readonly path: (id: string) => string;
  readonly body: unknown;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function summary(result: autocannon.Result): PhaseResult {
  const ok = result['2xx'];
  return {
    perSecond: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok,
    failed: result.non2xx + result.errors + result.timeouts,
    seconds: result.duration,
  };
}

/** Sends the creating command for `seconds` on `connections` connections; returns the ids created. */
export async function creates(url: string, command: Command, idProperty: string, connections: number, seconds: number): Promise<{ result: PhaseResult; ids: string[] }> {
  const ids: string[] = [];
  const result = await run({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: command.path(''),
        headers: JSON_HEADERS,
        body: JSON.stringify(command.body),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300) ids.push(String((JSON.parse(body) as Record<string, unknown>)[idProperty]));
        },
      },
    ],
  });
  return { result: summary(result), ids };
}

/**
 * Sends the follow-up command once to each id (as many calls as ids), on `connections`
 * connections, at most `ratePerSecond` calls per second overall when given.
 */
export async function followUps(url: string, command: Command, ids: readonly string[], connections: number, ratePerSecond?: number): Promise<PhaseResult> {
  let next = 0;
  const result = await run({
    url,
    connections,
    amount: ids.length,
    ...(ratePerSecond === undefined ? {} : { overallRate: ratePerSecond }),
    requests: [
      {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify(command.body),
        // autocannon may prepare a request more than it sends; past the end it repeats the
        // last id, which `amount` keeps from being sent.
        setupRequest: (request) => ({ ...request, path: command.path(ids[Math.min(next++, ids.length - 1)] ?? '') }),
      },
    ],
  });
  return summary(result);
}
