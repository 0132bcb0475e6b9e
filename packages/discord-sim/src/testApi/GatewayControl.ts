import type { GatewayServer, SessionInfo } from '../gateway/GatewayServer.js';
import type { SimState } from '../state/SimState.js';
import { type WaitOptions, waitFor } from '../util/waitFor.js';

export interface DisconnectOptions {
  /** Only this shard's sessions; all when absent. */
  shardId?: number;
  /** Close code; default 4000 (unknown error), after which clients resume. */
  code?: number;
  /** False: send Invalid Session instead, so clients identify anew. Default true. */
  resumable?: boolean;
}

/** What a test can do to the gateway: look at sessions, drop them, ask for reconnects. */
export class GatewayControl {
  constructor(
    private readonly state: SimState,
    private readonly server: GatewayServer,
  ) {}

  sessions(): SessionInfo[] {
    return this.server.info();
  }

  /** Drops connections; returns how many. */
  disconnect(options: DisconnectOptions = {}): number {
    const { shardId, code = 4000, resumable = true } = options;
    return this.server.disconnect(
      (s) => shardId === undefined || s.shardId === shardId,
      code,
      resumable,
    );
  }

  requestReconnect(shardId?: number): void {
    this.server.requestReconnect((s) => shardId === undefined || s.shardId === shardId);
  }

  /** Resolves when connected sessions have received READY and their guilds, for every listed shard (default [0]). */
  waitForReady(options: WaitOptions & { shards?: number[] } = {}): Promise<SessionInfo[]> {
    const shards = options.shards ?? [0];
    return waitFor(
      this.state,
      ['gateway'],
      () => {
        const ready = this.sessions().filter((s) => s.connected && s.ready);
        return shards.every((id) => ready.some((s) => s.shard[0] === id)) ? ready : undefined;
      },
      () =>
        `gateway sessions ready for shards ${shards.join(', ')}; sessions: ${JSON.stringify(this.sessions())}`,
      options,
    );
  }

  /** @internal */
  close(): void {
    this.server.close();
  }
}
