import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayIntentBits, Locale, type GatewayOpcodes } from 'discord-api-types/v10';
import { ChangeNotifier, type WaitOptions } from './change-notifier.js';
import { EmulatorClock } from './clock.js';
import type { EmulatorConfig, EmulatorCore, GatewayDispatcher } from './core.js';
import { UserActivity } from './events/user-activity.js';
import { GATEWAY_PATH, GatewayServer, RESUME_GATEWAY_PATH, type GatewayFrameRecord } from './gateway/gateway-server.js';
import { InteractionDriver } from './interactions/interaction-driver.js';
import { FaultInjector, matchesRoute, type RouteMatcher } from './rest/faults.js';
import { RestRequestHandler } from './rest/http-server.js';
import { RateLimiter } from './rest/rate-limits.js';
import { Router } from './rest/router.js';
import { allRoutes } from './rest/routes/index.js';
import { SnowflakeGenerator } from './snowflake.js';
import { DiscordState } from './state/discord-state.js';
import type { RestCallRecord, UserRecord } from './state/records.js';
import { WorldBuilder } from './world/world-builder.js';

export type PrivilegedIntentName = 'GuildMembers' | 'GuildPresences' | 'MessageContent';

export interface DiscordEmulatorOptions {
  /** Defaults to a fresh snowflake. */
  applicationId?: string;
  /** The bot's user; its id defaults to the application id, as for real bots. */
  botUser?: { id?: string; username?: string };
  botToken?: string;
  /** Privileged intents enabled in the developer portal. Defaults to all three. */
  privilegedIntents?: readonly PrivilegedIntentName[];
  /** HELLO's heartbeat interval. Defaults to Discord's 41 250 ms; tests use ~100 ms to exercise heartbeats. */
  heartbeatIntervalMs?: number;
  /** Time the bot has for its initial response, on the emulator clock. Defaults to 3 000 ms. */
  interactionDeadlineMs?: number;
  /** Lifetime of interaction tokens for follow-ups and `@original`. Defaults to 15 minutes. */
  interactionTokenLifetimeMs?: number;
  /** Requests per route bucket and window, reported in X-RateLimit-* headers. Defaults to 50 per second. */
  rateLimit?: { limit: number; windowMs: number };
  /** Defaults to 0 (any free port). */
  port?: number;
}

/** The gateway as tests drive it (protocol internals stay inside `GatewayServer`). */
export interface GatewayControl extends GatewayDispatcher {
  /** Every frame the bot sent, oldest first. */
  readonly received: readonly GatewayFrameRecord[];
  framesWithOp(op: GatewayOpcodes): GatewayFrameRecord[];
  readonly connectedSessionCount: number;
  dropConnections(): void;
  requestReconnect(): void;
  invalidateSession(resumable: boolean): void;
}

const PRIVILEGED_BITS: Record<PrivilegedIntentName, number> = {
  GuildMembers: GatewayIntentBits.GuildMembers,
  GuildPresences: GatewayIntentBits.GuildPresences,
  MessageContent: GatewayIntentBits.MessageContent,
};

/**
 * A Discord API emulator on 127.0.0.1: REST under `/api/v10` and the gateway on the same port. Point a real
 * discord.js client at `restBaseUrl`; build the world, act as users, and assert on `store`.
 */
export class DiscordEmulator {
  /** Builds the world: users, guilds, channels, roles, members (announced on the gateway once the bot is in). */
  readonly world: WorldBuilder;
  /** Acts as users: slash commands, autocomplete, buttons, selects, modal submits. */
  readonly interactions: InteractionDriver;
  /** What else users do: messages, voice, event interest, event changes from the client. */
  readonly events: UserActivity;
  /** Failures armed for upcoming REST requests (429s, 5xx). */
  readonly faults: FaultInjector;
  /** `http://127.0.0.1:PORT/api`: give it to `new Client({ rest: { api } })` or `new REST({ api })`. */
  readonly restBaseUrl: string;
  readonly gatewayUrl: string;
  readonly #core: EmulatorCore;
  readonly #server: Server;
  readonly #gateway: GatewayServer;
  #stopped: Promise<void> | null = null;

  constructor(parts: {
    core: EmulatorCore;
    server: Server;
    gateway: GatewayServer;
    faults: FaultInjector;
    restBaseUrl: string;
    gatewayUrl: string;
  }) {
    this.#core = parts.core;
    this.#server = parts.server;
    this.#gateway = parts.gateway;
    this.faults = parts.faults;
    this.restBaseUrl = parts.restBaseUrl;
    this.gatewayUrl = parts.gatewayUrl;
    this.interactions = new InteractionDriver(parts.core);
    this.events = new UserActivity(parts.core);
    this.world = new WorldBuilder(parts.core);
  }

  get botToken(): string {
    return this.#core.config.botToken;
  }

  get applicationId(): string {
    return this.#core.config.applicationId;
  }

  get botUser(): UserRecord {
    const bot = this.#core.state.user(this.#core.config.botUserId);
    if (!bot) throw new Error('The bot user is missing');
    return bot;
  }

  /** The emulator's clock: advance it to cross interaction deadlines and token lifetimes without sleeping. */
  get clock(): EmulatorClock {
    return this.#core.clock;
  }

  /** Everything Discord knows and everything the bot did, for assertions. */
  get state(): DiscordState {
    return this.#core.state;
  }

  get gateway(): GatewayControl {
    return this.#gateway;
  }

  /** The REST log, optionally filtered (same matchers as `faults`). */
  restCalls(matcher?: RouteMatcher): RestCallRecord[] {
    const calls = this.#core.state.restCalls;
    return matcher === undefined ? [...calls] : calls.filter((call) => matchesRoute(matcher, call));
  }

  /** Resolves with the first truthy value of `probe`, re-checked after every REST call and gateway frame. */
  waitFor<T>(probe: () => T | undefined | null | false, options?: WaitOptions): Promise<T> {
    return this.#core.changes.waitFor(probe, options);
  }

  /** Waits for the `count`-th call matching `matcher` (counting calls already made) and returns it. */
  waitForRestCall(matcher: RouteMatcher, options: WaitOptions & { count?: number } = {}): Promise<RestCallRecord> {
    const count = options.count ?? 1;
    return this.waitFor(() => this.restCalls(matcher)[count - 1], {
      ...options,
      description: options.description ?? `REST call #${count} matching ${String(matcher)}`,
    });
  }

  /** Closes the gateway and the HTTP server, dropping open connections. Destroy the client first. */
  stop(): Promise<void> {
    this.#stopped ??= (async () => {
      await this.#gateway.close();
      this.#server.closeAllConnections();
      await new Promise<void>((resolve, reject) => {
        this.#server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
    })();
    return this.#stopped;
  }
}

export async function startDiscordEmulator(options: DiscordEmulatorOptions = {}): Promise<DiscordEmulator> {
  const clock = new EmulatorClock();
  const ids = new SnowflakeGenerator(() => clock.nowMs());
  const state = new DiscordState();
  const changes = new ChangeNotifier();
  const applicationId = options.applicationId ?? ids.next();
  const botUserId = options.botUser?.id ?? applicationId;
  const config: EmulatorConfig = {
    applicationId,
    botUserId,
    botToken:
      options.botToken ??
      // Shaped like a real token (id . 6 chars . 27+ chars), so log redaction is exercised by tests.
      `${Buffer.from(botUserId).toString('base64url')}.${randomBytes(4).toString('base64url').slice(0, 6)}.${randomBytes(27).toString('base64url')}`,
    privilegedIntents: (options.privilegedIntents ?? ['GuildMembers', 'GuildPresences', 'MessageContent']).reduce(
      (bits, name) => bits | PRIVILEGED_BITS[name],
      0,
    ),
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    interactionDeadlineMs: options.interactionDeadlineMs ?? 3_000,
    interactionTokenLifetimeMs: options.interactionTokenLifetimeMs ?? 15 * 60_000,
    rateLimit: options.rateLimit ?? { limit: 50, windowMs: 1_000 },
  };
  state.users.set(botUserId, {
    id: botUserId,
    username: options.botUser?.username ?? 'mentor-bot',
    globalName: null,
    bot: true,
    dmsOpen: false,
    locale: Locale.EnglishUS,
  });

  // The gateway needs the core and the core announces through the gateway: bind late.
  const lateGateway: { server?: GatewayServer } = {};
  const core: EmulatorCore = {
    config,
    clock,
    ids,
    state,
    changes,
    gateway: {
      dispatch: (event, data) => {
        lateGateway.server?.dispatch(event, data);
      },
    },
  };
  const gatewayServer = new GatewayServer(core);
  lateGateway.server = gatewayServer;

  const router = new Router();
  const faults = new FaultInjector();
  const restHandler = new RestRequestHandler(core, router, new RateLimiter(config.rateLimit), faults);
  const server = createServer((request, response) => {
    restHandler.handle(request, response).catch((error: unknown) => {
      console.error('[discord-emulator] request failed', error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  server.on('upgrade', (request, socket, head) => {
    if (!gatewayServer.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => {
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const gatewayUrl = `ws://127.0.0.1:${port}${GATEWAY_PATH}`;
  gatewayServer.setUrls({ gateway: gatewayUrl, resume: `ws://127.0.0.1:${port}${RESUME_GATEWAY_PATH}` });
  router.add(allRoutes(core, gatewayUrl));
  return new DiscordEmulator({
    core,
    server,
    gateway: gatewayServer,
    faults,
    restBaseUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl,
  });
}
