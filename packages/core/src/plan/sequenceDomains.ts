export interface SequenceArgs {
  /** New slots to fill on each day, in date order. */
  readonly capacity: readonly number[];
  /** Blocks already placed per day and domain (rolled-over tasks); they count as study that day. */
  readonly preassigned?: readonly (readonly number[])[];
  /** Slots each domain must receive here; sums to the total capacity. */
  readonly remaining: readonly number[];
  /** Cumulative slot count by which every domain with time must have appeared (the first two weeks). */
  readonly touchBy: number;
  /** Bounds of one sitting on a domain, in blocks: a day's sittings are a third of the day, within them. */
  readonly chunk: { readonly min: number; readonly max: number };
  /** From this day index on, every day must end with each domain's cumulative share near its target. */
  readonly guardFrom: number;
  /**
   * Replan: blocks each domain already had before these days (done tasks).
   * The interleaving carries on from them, so a replan where nothing changed
   * keeps the days as they were instead of starting the rotation again.
   */
  readonly history?: readonly number[];
}

/** Days are checked against a tighter bound than the promised 10 points, leaving room for rounding. */
const GUARD = 0.08;

interface State {
  readonly totals: number[];
  readonly grand: number;
  readonly remaining: number[];
  readonly given: number[];
  untouched: number;
  slot: number;
}

function give(state: State, i: number, count: number): void {
  if (count <= 0) return;
  if (state.given[i] === 0 && state.totals[i]! > 0) state.untouched -= 1;
  state.given[i]! += count;
}

/** The domain furthest behind `target(i)`, ties to the blueprint order; -1 if none has slots left. */
function furthestBehind(
  state: State,
  target: (i: number) => number,
  untouchedOnly: boolean,
): number {
  let best = -1;
  let bestDeficit = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < state.remaining.length; i += 1) {
    if (state.remaining[i]! <= 0 || (untouchedOnly && state.given[i]! > 0)) continue;
    const deficit = target(i) - state.given[i]!;
    if (deficit > bestDeficit) {
      best = i;
      bestDeficit = deficit;
    }
  }
  return best;
}

/** Fills one day. `chunk` 1 is block by block against the running target; more gives sittings of up to `chunk` blocks. */
function fillDay(state: State, slots: number, chunk: number, touchBy: number): number[] {
  const picks: number[] = [];
  const dayEnd = state.slot + slots;
  while (picks.length < slots) {
    // Slots left inside the touch window beyond those the untouched domains need.
    const spare =
      state.untouched > 0 && state.slot < touchBy
        ? touchBy - state.slot - state.untouched
        : Infinity;
    const force = spare <= 0 && state.slot < touchBy;
    const horizon = chunk === 1 ? state.slot + 1 : dayEnd;
    const i = furthestBehind(state, (d) => (horizon * state.totals[d]!) / state.grand, force);
    if (i < 0) break;
    const size = force
      ? 1
      : Math.min(chunk, slots - picks.length, state.remaining[i]!, Math.max(1, spare));
    state.remaining[i]! -= size;
    give(state, i, size);
    state.slot += size;
    for (let k = 0; k < size; k += 1) picks.push(i);
  }
  return picks;
}

/** Whether every domain's lag behind or ahead of its target is within `allowed` blocks. */
function withinGuard(state: State, allowed: number): boolean {
  return state.totals.every(
    (t, i) => Math.abs(state.given[i]! - (state.slot * t) / state.grand) <= allowed,
  );
}

function snapshot(state: State): State {
  return { ...state, remaining: [...state.remaining], given: [...state.given] };
}

/**
 * Interleaves domains over the plan's slots. Each day gives its time in
 * sittings of a few blocks to the domains furthest behind their target share
 * (`slots so far × total_i / all slots − given_i`), ties to the blueprint
 * order. A day whose sittings would leave a domain's cumulative share more
 * than 8 points off target (from `guardFrom` on; before it, more than the
 * first guarded day could bear) is redone block by block, which keeps every
 * share within about one block of its target. Domains not
 * yet touched are brought forward just in time to all appear within
 * `touchBy` slots. Returns, per day, the domain index of each new slot.
 */
export function sequenceDomains(args: SequenceArgs): number[][] {
  const { capacity, preassigned, chunk, guardFrom } = args;
  const history = args.remaining.map((_, i) => args.history?.[i] ?? 0);
  const past = history.reduce((s, h) => s + h, 0);
  const totals = args.remaining.map(
    (r, i) => history[i]! + r + (preassigned ?? []).reduce((s, day) => s + (day[i] ?? 0), 0),
  );
  let state: State = {
    totals,
    grand: totals.reduce((s, t) => s + t, 0),
    remaining: [...args.remaining],
    given: [...history],
    untouched: totals.filter((t, i) => t > 0 && history[i] === 0).length,
    slot: past,
  };
  const touchBy = past + args.touchBy;
  // Slots by the end of the first guarded day: before it, days may drift only as far as that day can bear.
  const guardSlots =
    past +
    capacity
      .slice(0, guardFrom + 1)
      .reduce((sum, c, d) => sum + c + (preassigned?.[d] ?? []).reduce((s, x) => s + x, 0), 0);
  return capacity.map((slots, d) => {
    preassigned?.[d]?.forEach((count, i) => {
      give(state, i, count);
      state.slot += count;
    });
    const size = Math.max(chunk.min, Math.min(chunk.max, Math.ceil(slots / 3)));
    const before = snapshot(state);
    let picks = fillDay(state, slots, size, touchBy);
    const allowed = d >= guardFrom ? GUARD * state.slot : GUARD * guardSlots - 1;
    if (size > 1 && !withinGuard(state, allowed)) {
      state = before;
      picks = fillDay(state, slots, 1, touchBy);
    }
    return picks;
  });
}
