import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
} from 'discord-api-types/v10';
import { WebSocketServer } from 'ws';
import type { EmulatorCore, GatewayDispatcher } from '../core.js';
import { toGuildCreate } from '../payloads/guild.js';
import { toApiUser } from '../payloads/user.js';
import { GatewayConnection, type GatewayProtocolHandler } from './gateway-connection.js';
import { GatewaySession } from './gateway-session.js';
import { answerGuildMembersRequest } from './guild-members-request.js';
import {
  ALL_INTENTS,
  applicationFlagsFor,
  PRIVILEGED_INTENTS,
  requiredIntent,
  withoutMessageContent,
} from './intents.js';

export const GATEWAY_PATH = '/gateway';
export const RESUME_GATEWAY_PATH = '/gateway/resume';

/** A frame the bot sent, as received (the token in IDENTIFY/RESUME is kept: tests may assert it). */
export interface GatewayFrameRecord {
  connectionId: number;
  path: string;
  /** Null for an opcode Discord does not define (the connection is then closed with 4001). */
  op: GatewayOpcodes | null;
  d: unknown;
  at: Date;
}

export interface GatewayUrls {
  gateway: string;
  resume: string;
}

/**
 * The gateway: accepts the bot's WebSocket connections, runs IDENTIFY/RESUME, keeps sessions for replay,
 * and fans dispatches out to sessions whose intents ask for them.
 */
export class GatewayServer implements GatewayDispatcher, GatewayProtocolHandler {
  readonly received: GatewayFrameRecord[] = [];
  readonly #sessions = new Map<string, GatewaySession>();
  readonly #connections = new Set<GatewayConnection>();
  readonly #wss = new WebSocketServer({ noServer: true });
  #nextConnectionId = 1;
  #urls: GatewayUrls | null = null;

  constructor(private readonly core: EmulatorCore) {}

  setUrls(urls: GatewayUrls): void {
    this.#urls = urls;
  }

  /** Takes over an HTTP upgrade on a gateway path; returns false for any other path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? '/', 'http://emulator');
    if (url.pathname !== GATEWAY_PATH && url.pathname !== RESUME_GATEWAY_PATH) return false;
    this.#wss.handleUpgrade(request, socket, head, (webSocket) => {
      const connection = new GatewayConnection(
        this.#nextConnectionId++,
        url.pathname,
        webSocket,
        this,
        this.core.config.heartbeatIntervalMs,
      );
      this.#connections.add(connection);
      if (url.searchParams.get('v') !== '10') {
        connection.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version.');
      } else if (url.searchParams.has('compress')) {
        connection.close(GatewayCloseCodes.DecodeError, 'The emulator does not compress; uninstall zlib-sync.');
      }
    });
    return true;
  }

  dispatch(event: GatewayDispatchEvents, data: unknown): void {
    const botUserId = this.core.config.botUserId;
    const intent = requiredIntent(event, data, botUserId);
    for (const session of this.#sessions.values()) {
      if (intent !== 0 && (session.intents & intent) === 0) continue;
      const needsContentStripped =
        (event === GatewayDispatchEvents.MessageCreate || event === GatewayDispatchEvents.MessageUpdate) &&
        (session.intents & GatewayIntentBits.MessageContent) === 0;
      session.dispatch(
        event,
        needsContentStripped ? withoutMessageContent(data as Record<string, unknown>, botUserId) : data,
      );
    }
    this.core.changes.notify();
  }

  /** Closes every socket without a close frame; the sessions stay, so the client is expected to RESUME. */
  dropConnections(): void {
    for (const connection of this.#connections) connection.terminate();
  }

  /** Op 7: Discord asks the client to reconnect and resume. */
  requestReconnect(): void {
    for (const connection of this.#connections) connection.send({ op: GatewayOpcodes.Reconnect, d: null });
  }

  /** Op 9. When not resumable, the sessions are forgotten and the client must IDENTIFY again. */
  invalidateSession(resumable: boolean): void {
    for (const connection of this.#connections) {
      if (!connection.session) continue;
      if (!resumable) {
        this.#sessions.delete(connection.session.id);
        connection.session = null;
      }
      connection.send({ op: GatewayOpcodes.InvalidSession, d: resumable });
    }
  }

  /** Sessions currently attached to an open connection. */
  get connectedSessionCount(): number {
    return [...this.#sessions.values()].filter((session) => session.connection?.isOpen).length;
  }

  /** Frames of one opcode the bot sent, oldest first. */
  framesWithOp(op: GatewayOpcodes): GatewayFrameRecord[] {
    return this.received.filter((frame) => frame.op === op);
  }

  close(): Promise<void> {
    for (const connection of this.#connections) connection.terminate();
    this.#sessions.clear();
    return new Promise((resolve) => {
      this.#wss.close(() => {
        resolve();
      });
    });
  }

  recordFrame(connection: GatewayConnection, op: GatewayOpcodes | null, d: unknown): void {
    this.received.push({ connectionId: connection.id, path: connection.path, op, d, at: this.core.clock.now() });
    this.core.changes.notify();
  }

  identify(connection: GatewayConnection, d: unknown): void {
    const identify = (d ?? {}) as { token?: unknown; intents?: unknown; shard?: unknown };
    if (identify.token !== this.core.config.botToken) {
      connection.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const intents = identify.intents;
    if (typeof intents !== 'number' || !Number.isInteger(intents) || (intents & ~ALL_INTENTS) !== 0) {
      connection.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    const deniedPrivileged = intents & PRIVILEGED_INTENTS & ~this.core.config.privilegedIntents;
    if (deniedPrivileged !== 0) {
      connection.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    // One bot, one shard: a fresh IDENTIFY replaces sessions nobody is connected to any more.
    for (const [id, session] of this.#sessions) if (!session.connection?.isOpen) this.#sessions.delete(id);
    const session = new GatewaySession(randomBytes(16).toString('hex'), intents);
    this.#sessions.set(session.id, session);
    session.connection = connection;
    connection.session = session;
    session.dispatch(GatewayDispatchEvents.Ready, this.#readyData(session, identify.shard));
    if ((intents & GatewayIntentBits.Guilds) !== 0) {
      const { state, config } = this.core;
      for (const guild of state.guildsOf(config.botUserId)) {
        session.dispatch(GatewayDispatchEvents.GuildCreate, toGuildCreate(state, guild, config.botUserId, intents));
      }
    }
  }

  resume(connection: GatewayConnection, d: unknown): void {
    const resume = (d ?? {}) as { token?: unknown; session_id?: unknown; seq?: unknown };
    if (resume.token !== this.core.config.botToken) {
      connection.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const session = typeof resume.session_id === 'string' ? this.#sessions.get(resume.session_id) : undefined;
    if (!session) {
      connection.send({ op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    if (session.connection && session.connection !== connection) session.connection.terminate();
    session.connection = connection;
    connection.session = session;
    const lastSeen = typeof resume.seq === 'number' ? resume.seq : 0;
    for (const frame of session.framesAfter(lastSeen)) connection.send(frame);
    session.dispatch(GatewayDispatchEvents.Resumed, null);
  }

  requestGuildMembers(connection: GatewayConnection, session: GatewaySession, d: unknown): void {
    const request = (d ?? {}) as Parameters<typeof answerGuildMembersRequest>[1];
    for (const chunk of answerGuildMembersRequest(this.core.state, request, session.intents)) {
      if (session.connection === connection) session.dispatch(GatewayDispatchEvents.GuildMembersChunk, chunk);
    }
  }

  connectionClosed(connection: GatewayConnection, code: number): void {
    this.#connections.delete(connection);
    const session = connection.session;
    if (session?.connection === connection) {
      session.connection = null;
      // A clean close (1000/1001) ends the session on Discord's side; anything else leaves it resumable.
      if (code === 1000 || code === 1001) this.#sessions.delete(session.id);
    }
    this.core.changes.notify();
  }

  #readyData(session: GatewaySession, shard: unknown): GatewayReadyDispatchData {
    const { state, config } = this.core;
    const bot = state.user(config.botUserId);
    if (!bot) throw new Error('The bot user is missing from the state');
    if (!this.#urls) throw new Error('Gateway URLs were not set before the first connection');
    return {
      v: 10,
      user: { ...toApiUser(bot), verified: true, mfa_enabled: false },
      guilds: state.guildsOf(config.botUserId).map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.#urls.resume,
      ...(Array.isArray(shard) && shard.length === 2 ? { shard: shard as [number, number] } : {}),
      application: {
        id: config.applicationId,
        flags: applicationFlagsFor(config.privilegedIntents),
        flags_new: String(applicationFlagsFor(config.privilegedIntents)),
      },
    };
  }
}
