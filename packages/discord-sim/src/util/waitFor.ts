import { SimTimeoutError } from '../errors.js';
import type { SimState, StateEvent } from '../state/SimState.js';

export interface WaitOptions {
  /** Milliseconds before the wait fails; default the sim's `waitTimeoutMs`. */
  timeout?: number;
}

/**
 * Resolves with the first non-undefined result of `check`, called once now
 * and again on every listed state event (with that event's payload). No
 * polling: nothing runs between events. Fails after the timeout with a
 * message built by `describe`, or when the sim closes.
 */
export function waitFor<T>(
  state: SimState,
  events: readonly StateEvent[],
  check: (payload?: unknown) => T | undefined,
  describe: () => string,
  options: WaitOptions = {},
): Promise<T> {
  const immediate = check();
  if (immediate !== undefined) return Promise.resolve(immediate);
  const timeoutMs = options.timeout ?? state.options.waitTimeoutMs;
  return new Promise<T>((resolve, reject) => {
    const listeners = new Map<StateEvent, (payload: unknown) => void>();
    const finish = () => {
      clearTimeout(timer);
      for (const [event, listener] of listeners) state.events.off(event, listener);
      state.events.off('closed', onClosed);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new SimTimeoutError(`Timed out after ${timeoutMs} ms waiting for ${describe()}`));
    }, timeoutMs);
    const onClosed = () => {
      finish();
      reject(new SimTimeoutError(`The sim closed while waiting for ${describe()}`));
    };
    for (const event of events) {
      const listener = (payload: unknown) => {
        let result: T | undefined;
        try {
          result = check(payload);
        } catch (error) {
          finish();
          reject(error);
          return;
        }
        if (result !== undefined) {
          finish();
          resolve(result);
        }
      };
      listeners.set(event, listener);
      state.events.on(event, listener);
    }
    state.events.on('closed', onClosed);
  });
}
