import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayDispatchEvents, GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocketServer } from 'ws';
import type { EventSink, SimState } from '../state/SimState.js';
import { shardOfGuild } from '../util/snowflake.js';
import { Connection, type ConnectionHost } from './Connection.js';
import { checkIdentify } from './identify.js';
import { intentFor, withoutContent } from './intents.js';
import { guildCreatePayload, readyPayload } from './payloads.js';
import { requestGuildMembers } from './requestMembers.js';
import { Session } from './Session.js';

const MESSAGE_EVENTS = new Set<string>([
  GatewayDispatchEvents.MessageCreate,
  GatewayDispatchEvents.MessageUpdate,
]);

/** Public view of a gateway session for tests. */
export interface SessionInfo {
  sessionId: string;
  shard: [number, number];
  intents: number;
  connected: boolean;
  ready: boolean;
  seq: number;
}

/** The gateway: sessions by shard, dispatch with intents applied, IDENTIFY and RESUME. */
export class GatewayServer implements EventSink, ConnectionHost {
  readonly sessions = new Set<Session>();
  readonly #connections = new Set<Connection>();
  readonly #wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  readonly #timers = new Set<NodeJS.Timeout>();
  /** Codes the sim closes with that leave the session resumable. */
  readonly #resumableServerCodes = new Set([4000]);

  constructor(private readonly state: SimState) {}

  get heartbeatIntervalMs(): number {
    return this.state.options.heartbeatIntervalMs;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const query = new URL(request.url ?? '/', 'ws://sim').searchParams;
    this.#wss.handleUpgrade(request, socket, head, (ws) => {
      this.#connections.add(new Connection(ws, this, query));
    });
  }

  identify(connection: Connection, data: Record<string, unknown>): void {
    const checked = checkIdentify(this.state, data);
    if ('code' in checked) {
      connection.close(checked.code, checked.reason);
      return;
    }
    const { intents, shardId, shardCount, guilds } = checked;
    if (data.compress === true) connection.usePerPayloadCompression();
    const threshold = typeof data.large_threshold === 'number' ? data.large_threshold : 50;
    const session = new Session([shardId, shardCount], intents, threshold);
    this.sessions.add(session);
    this.state.identifies += 1;
    this.#attach(connection, session);
    session.dispatch(GatewayDispatchEvents.Ready, readyPayload(this.state, session, guilds));
    if (intents & 1) {
      for (const guild of guilds) {
        session.dispatch(
          GatewayDispatchEvents.GuildCreate,
          guildCreatePayload(this.state, guild, session),
        );
      }
    }
    session.ready = true;
    this.state.emit('gateway', session);
  }

  resume(connection: Connection, data: Record<string, unknown>): void {
    const token = String(data.token ?? '').replace(/^Bot /, '');
    if (token !== this.state.token) {
      connection.close(4004, 'Authentication failed');
      return;
    }
    const session = [...this.sessions].find((s) => s.id === data.session_id && !s.ended);
    const missed = session && typeof data.seq === 'number' ? session.missedSince(data.seq) : null;
    if (!session || !missed || Date.now() > session.expiresAt) {
      connection.sendOp(GatewayOpcodes.InvalidSession, false);
      return;
    }
    session.connection?.close(4000, 'Resumed elsewhere');
    this.#attach(connection, session);
    for (const text of missed) connection.sendText(text);
    session.dispatch(GatewayDispatchEvents.Resumed, { _trace: ['discord-sim'] });
    this.state.emit('gateway', session);
  }

  requestMembers(connection: Connection, data: Record<string, unknown>): void {
    if (connection.session) requestGuildMembers(this.state, connection.session, data);
  }

  closed(connection: Connection, code: number, byServer: boolean): void {
    this.#connections.delete(connection);
    const session = connection.session;
    if (!session || session.connection !== connection) return;
    session.connection = null;
    const resumable = byServer
      ? this.#resumableServerCodes.has(code)
      : code !== 1000 && code !== 1001;
    if (!resumable) {
      this.#end(session);
    } else {
      session.expiresAt = Date.now() + this.state.options.resumeWindowMs;
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        if (!session.connection) this.#end(session);
      }, this.state.options.resumeWindowMs);
      timer.unref();
      this.#timers.add(timer);
    }
    this.state.emit('gateway', session);
  }

  toGuild(guildId: string, event: GatewayDispatchEvents, data: unknown): number {
    const guild = this.state.guilds.get(guildId);
    if (!guild?.members.has(this.state.botUser.id)) return 0;
    return this.#send(this.#sessionsFor(guildId), event, data, false);
  }

  toDirect(event: GatewayDispatchEvents, data: unknown): number {
    return this.#send(
      [...this.sessions].filter((s) => !s.ended && s.shardId === 0),
      event,
      data,
      true,
    );
  }

  guildJoined(guildId: string): void {
    const guild = this.state.guilds.get(guildId);
    if (!guild) return;
    for (const session of this.#sessionsFor(guildId)) {
      if (session.intents & 1) {
        session.dispatch(
          GatewayDispatchEvents.GuildCreate,
          guildCreatePayload(this.state, guild, session),
        );
      }
    }
  }

  /** Drops connections the way a network fault or Discord's restart would. */
  disconnect(filter: (session: Session) => boolean, code: number, resumable: boolean): number {
    let count = 0;
    for (const session of this.sessions) {
      if (session.ended || !filter(session) || !session.connection) continue;
      count += 1;
      if (resumable) session.connection.close(code, 'Disconnected by the test');
      else session.connection.sendOp(GatewayOpcodes.InvalidSession, false);
    }
    return count;
  }

  /** Asks clients to reconnect and resume (opcode 7), as Discord does before maintenance. */
  requestReconnect(filter: (session: Session) => boolean): void {
    for (const session of this.sessions) {
      if (!session.ended && filter(session))
        session.connection?.sendOp(GatewayOpcodes.Reconnect, null);
    }
  }

  info(): SessionInfo[] {
    return [...this.sessions]
      .filter((s) => !s.ended)
      .map((s) => ({
        sessionId: s.id,
        shard: s.shard,
        intents: s.intents,
        connected: s.connected,
        ready: s.ready,
        seq: s.seq,
      }));
  }

  close(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (const connection of [...this.#connections]) connection.close(1001, 'The sim is closing');
    for (const client of this.#wss.clients) client.terminate();
    this.#wss.close();
  }

  #attach(connection: Connection, session: Session): void {
    connection.session = session;
    session.connection = connection;
    session.expiresAt = Number.POSITIVE_INFINITY;
  }

  #end(session: Session): void {
    session.ended = true;
    this.sessions.delete(session);
  }

  #sessionsFor(guildId: string): Session[] {
    return [...this.sessions].filter(
      (s) => !s.ended && shardOfGuild(guildId, s.shard[1]) === s.shardId,
    );
  }

  #send(sessions: Session[], event: GatewayDispatchEvents, data: unknown, direct: boolean): number {
    let taken = 0;
    const needed = intentFor(event, direct);
    for (const session of sessions) {
      if (needed !== 0 && (session.intents & needed) === 0) continue;
      let payload = data;
      if (MESSAGE_EVENTS.has(event) && (session.intents & 32768) === 0) {
        payload = withoutContent(data as Record<string, unknown>, this.state.botUser.id);
      }
      session.dispatch(event, payload);
      taken += 1;
    }
    return taken;
  }
}
