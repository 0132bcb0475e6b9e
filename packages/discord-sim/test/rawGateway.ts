import { inflateSync } from 'node:zlib';
import WebSocket from 'ws';
import type { DiscordSim } from '../src/index.js';

export interface GatewayPayload {
  op: number;
  // biome-ignore lint/suspicious/noExplicitAny: payloads are read field by field in assertions
  d: any;
  s: number | null;
  t: string | null;
}

/**
 * A bare gateway client for protocol tests: collects payloads and lets the
 * test await the next one matching a predicate.
 */
export class RawGateway {
  readonly received: GatewayPayload[] = [];
  readonly closed: Promise<number>;
  readonly #socket: WebSocket;
  readonly #open: Promise<void>;
  #waiters: { test: (p: GatewayPayload) => boolean; resolve: (p: GatewayPayload) => void }[] = [];

  constructor(url: string, decode: (data: Buffer, binary: boolean) => string | null = plainDecode) {
    this.#socket = new WebSocket(url);
    this.closed = new Promise((resolve) => this.#socket.on('close', (code) => resolve(code)));
    this.#open = new Promise((resolve) => this.#socket.once('open', () => resolve()));
    this.#socket.on('message', (data: Buffer, binary) => {
      const text = decode(data, binary);
      if (text === null) return;
      const payload = JSON.parse(text) as GatewayPayload;
      this.received.push(payload);
      this.#waiters = this.#waiters.filter((waiter) => {
        if (!waiter.test(payload)) return true;
        waiter.resolve(payload);
        return false;
      });
    });
  }

  static open(
    sim: DiscordSim,
    query = '?v=10&encoding=json',
    decode?: (data: Buffer, binary: boolean) => string | null,
  ) {
    return new RawGateway(`${sim.gatewayUrl}/${query}`, decode);
  }

  next(test: (p: GatewayPayload) => boolean): Promise<GatewayPayload> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.#waiters.push({ test, resolve }));
  }

  dispatch(event: string): Promise<GatewayPayload> {
    return this.next((p) => p.op === 0 && p.t === event);
  }

  /** Sends once the socket is open, so tests can write before the handshake ends. */
  send(payload: unknown): void {
    void this.#open.then(() => this.#socket.send(JSON.stringify(payload)));
  }

  identify(sim: DiscordSim, extra: Record<string, unknown> = {}): void {
    this.send({ op: 2, d: { token: sim.token, intents: 1 | 512, properties: {}, ...extra } });
  }

  close(code = 1000): Promise<number> {
    this.#socket.close(code);
    return this.closed;
  }
}

const plainDecode = (data: Buffer, binary: boolean) =>
  binary ? inflateSync(data).toString() : data.toString();
