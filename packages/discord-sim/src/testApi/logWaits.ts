import type { APIApplicationCommand } from 'discord-api-types/v10';
import { matchesFilter, type RecordedRequest, type RequestFilter } from '../http/requestLog.js';
import { commandsIn } from '../state/commands.js';
import type { SimState } from '../state/SimState.js';
import { type WaitOptions, waitFor } from '../util/waitFor.js';

/** The first request (from index `from`) matching a filter or predicate, already made or still to come. */
export function waitForRequest(
  state: SimState,
  match: RequestFilter | ((request: RecordedRequest) => boolean),
  options: WaitOptions & { from?: number },
): Promise<RecordedRequest> {
  const test =
    typeof match === 'function' ? match : (r: RecordedRequest) => matchesFilter(r, match);
  return waitFor(
    state,
    ['request'],
    () => state.requests.slice(options.from ?? 0).find(test),
    () => {
      const last = state.requests.slice(-8).map((r) => `${r.method} ${r.path} -> ${r.status}`);
      return `a matching request; the last ones were:\n${last.join('\n') || '(none)'}`;
    },
    options,
  );
}

/** The commands of a scope once the predicate holds. */
export function waitForCommands(
  state: SimState,
  predicate: (commands: APIApplicationCommand[]) => boolean,
  options: WaitOptions & { guildId?: string },
): Promise<APIApplicationCommand[]> {
  const list = () => structuredClone(commandsIn(state, options.guildId ?? null));
  return waitFor(
    state,
    ['commands'],
    () => {
      const commands = list();
      return predicate(commands) ? commands : undefined;
    },
    () => {
      const names =
        list()
          .map((c) => c.name)
          .join(', ') || 'none';
      return `commands ${options.guildId ? `in guild ${options.guildId}` : 'registered globally'}; now: ${names}`;
    },
    options,
  );
}
