// Pacing: no call above a route's limits in any sliding minute or hour, and no call at all
// while a `Retry-After` the service gave is running. A sliding window is stricter than the
// fixed windows a service may count in, so a paced client never trips either kind.
//
// Time comes from a clock `{ now(), sleep(ms, signal) }`: the real one below, or a virtual one
// in tests and dry runs, where sleeping only moves the time on.

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The clock of timers: `sleep` rejects with the signal's reason when it is aborted. */
export const realClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  }),
};

/** A clock whose time moves only when something sleeps: dry runs and tests. */
export function virtualClock(start = Date.now()) {
  let time = start;
  return {
    now: () => time,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      time += Math.max(0, ms);
    },
  };
}

/** Start times of a route's recent calls, oldest first, trimmed to the longest window. */
class Window {
  constructor(limit) {
    this.limit = limit;
    this.starts = [];
  }

  /** Milliseconds from `now` until one more call fits (0 when it fits now). */
  wait(now) {
    while (this.starts.length > 0 && this.starts[0] <= now - HOUR) this.starts.shift();
    let wait = 0;
    const fit = (perWindow, span) => {
      if (!perWindow || this.starts.length < perWindow) return;
      // The call `perWindow` places back must have left the window.
      const oldest = this.starts[this.starts.length - perWindow];
      wait = Math.max(wait, oldest + span - now);
    };
    fit(this.limit.perMinute, MINUTE);
    fit(this.limit.perHour, HOUR);
    return wait;
  }
}

export class Pacer {
  /** `limits`: `{ route: { perMinute, perHour } }`; `perHour` may be null. */
  constructor(limits, clock) {
    this.clock = clock;
    this.windows = new Map(Object.entries(limits).map(([route, limit]) => [route, new Window(limit)]));
    this.blockedUntil = -Infinity;
  }

  /** Milliseconds until a call on `route` may start. */
  delay(route) {
    const now = this.clock.now();
    return Math.max(this.window(route).wait(now), this.blockedUntil - now, 0);
  }

  /**
   * Waits until a call on `route` may start, then counts it as started. `onWait(ms)` hears of
   * each wait before it begins. Rejects with the signal's reason when aborted while waiting.
   */
  async take(route, { signal, onWait } = {}) {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const wait = this.delay(route);
      if (wait <= 0) break;
      onWait?.(wait);
      await this.clock.sleep(wait, signal);
    }
    this.window(route).starts.push(this.clock.now());
  }

  /** The service said `Retry-After`: no call on any route before then. */
  block(ms) {
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + ms);
  }

  window(route) {
    const window = this.windows.get(route);
    if (!window) throw new Error(`no limits for route ${route}`);
    return window;
  }
}

/**
 * Seconds from the first call to the start of the last one when `calls` calls go on `route`
 * as fast as `limits` allow: what a dry run reports, by the same pacer on a virtual clock.
 */
export function pacedSeconds(limits, route, calls) {
  let time = 0;
  const pacer = new Pacer({ [route]: limits[route] }, { now: () => time });
  for (let i = 0; i < calls; i++) {
    time += pacer.delay(route); // one wait always suffices: `delay` is the time until a call fits
    pacer.window(route).starts.push(time);
  }
  return calls === 0 ? 0 : time / 1000;
}
