import { randomBytes } from 'node:crypto';
import type { Connection } from './Connection.js';

/** Dispatches kept for RESUME; older ones are dropped and such a resume is refused. */
const REPLAY_LIMIT = 5_000;

interface Sent {
  seq: number;
  text: string;
}

/** A gateway session: survives its connection for a while so RESUME can replay what was missed. */
export class Session {
  readonly id = randomBytes(16).toString('hex');
  seq = 0;
  connection: Connection | null = null;
  /** When a disconnected session stops being resumable (real ms). */
  expiresAt = Number.POSITIVE_INFINITY;
  /** READY and every initial GUILD_CREATE sent. */
  ready = false;
  ended = false;
  readonly #replay: Sent[] = [];

  constructor(
    readonly shard: [number, number],
    readonly intents: number,
    readonly largeThreshold: number,
  ) {}

  /** Numbers a dispatch, keeps it for replay and sends it if connected. */
  dispatch(event: string, data: unknown): void {
    this.seq += 1;
    const text = JSON.stringify({ op: 0, t: event, s: this.seq, d: data });
    this.#replay.push({ seq: this.seq, text });
    if (this.#replay.length > REPLAY_LIMIT) this.#replay.shift();
    this.connection?.sendText(text);
  }

  /** What a client that saw `seq` missed, or null when that is no longer known. */
  missedSince(seq: number): string[] | null {
    if (seq > this.seq) return null;
    const first = this.#replay[0];
    if (seq < this.seq && (!first || first.seq > seq + 1)) return null;
    return this.#replay.filter((sent) => sent.seq > seq).map((sent) => sent.text);
  }

  get shardId(): number {
    return this.shard[0];
  }

  get connected(): boolean {
    return this.connection !== null;
  }
}
