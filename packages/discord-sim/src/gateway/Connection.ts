import { GatewayOpcodes } from 'discord-api-types/v10';
import type { WebSocket } from 'ws';
import { type Encoder, perPayload, plain, zlibStream } from './compression.js';
import type { Session } from './Session.js';

/** What a connection asks of the server once a payload is understood. */
export interface ConnectionHost {
  heartbeatIntervalMs: number;
  identify(connection: Connection, data: Record<string, unknown>): void;
  resume(connection: Connection, data: Record<string, unknown>): void;
  requestMembers(connection: Connection, data: Record<string, unknown>): void;
  /** `byServer`: the sim closed it (its code decides resumability), not the client. */
  closed(connection: Connection, code: number, byServer: boolean): void;
}

/** One WebSocket: HELLO, heartbeats, and the protocol errors Discord closes with. */
export class Connection {
  session: Session | null = null;
  #encode: Encoder = plain;
  #closeStream: (() => void) | null = null;
  #watchdog: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly host: ConnectionHost,
    query: URLSearchParams,
  ) {
    socket.on('message', (raw, isBinary) => this.#onMessage(raw as Buffer, isBinary));
    socket.on('close', (code) => this.#onClose(code));
    socket.on('error', () => {});
    if (query.get('v') !== '10') {
      this.close(4012, 'Invalid API version');
      return;
    }
    if ((query.get('encoding') ?? 'json') !== 'json') {
      this.close(4002, 'This server speaks JSON only');
      return;
    }
    if (query.get('compress') === 'zlib-stream') {
      const stream = zlibStream();
      this.#encode = stream.encode;
      this.#closeStream = stream.close;
    }
    this.sendOp(GatewayOpcodes.Hello, {
      heartbeat_interval: host.heartbeatIntervalMs,
      _trace: ['discord-sim'],
    });
    this.#armWatchdog();
  }

  /** IDENTIFY `compress: true` asks for each payload deflated on its own. */
  usePerPayloadCompression(): void {
    if (!this.#closeStream) this.#encode = perPayload;
  }

  sendOp(op: GatewayOpcodes, d: unknown): void {
    this.sendText(JSON.stringify({ op, d, s: null, t: null }));
  }

  sendText(text: string): void {
    if (this.#closed) return;
    const encoded = this.#encode(text);
    if (typeof encoded === 'string' || Buffer.isBuffer(encoded)) {
      this.socket.send(encoded);
      return;
    }
    void encoded.then((buffer) => {
      if (!this.#closed) this.socket.send(buffer);
    });
  }

  close(code: number, reason: string): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#stop();
    this.socket.close(code, reason);
    this.host.closed(this, code, true);
  }

  get isClosed(): boolean {
    return this.#closed;
  }

  #onMessage(raw: Buffer, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(isBinary ? raw.toString('utf8') : raw.toString());
    } catch {
      this.close(4002, 'Decode error');
      return;
    }
    const data = (typeof payload.d === 'object' && payload.d !== null ? payload.d : {}) as Record<
      string,
      unknown
    >;
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.#armWatchdog();
        this.sendOp(GatewayOpcodes.HeartbeatAck, null);
        return;
      case GatewayOpcodes.Identify:
        if (this.session) this.close(4005, 'Already authenticated');
        else this.host.identify(this, data);
        return;
      case GatewayOpcodes.Resume:
        if (this.session) this.close(4005, 'Already authenticated');
        else this.host.resume(this, data);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!this.session) {
          this.close(4003, 'Not authenticated');
          return;
        }
        if (payload.op === GatewayOpcodes.RequestGuildMembers) this.host.requestMembers(this, data);
        return;
      default:
        this.close(4001, 'Unknown opcode');
    }
  }

  /** Discord drops a connection that stops heartbeating; allow one and a half intervals. */
  #armWatchdog(): void {
    if (this.#watchdog) clearTimeout(this.#watchdog);
    this.#watchdog = setTimeout(
      () => this.close(4009, 'Session timed out'),
      this.host.heartbeatIntervalMs * 1.5,
    );
    this.#watchdog.unref();
  }

  #stop(): void {
    if (this.#watchdog) clearTimeout(this.#watchdog);
    this.#watchdog = null;
    this.#closeStream?.();
    this.#closeStream = null;
  }

  #onClose(code: number): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#stop();
    this.host.closed(this, code, false);
  }
}
