import type { GatewayDispatchEvents } from 'discord-api-types/v10';
import type { ChangeNotifier } from './change-notifier.js';
import type { EmulatorClock } from './clock.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { DiscordState } from './state/discord-state.js';

export interface EmulatorConfig {
  readonly applicationId: string;
  readonly botUserId: string;
  readonly botToken: string;
  /** GatewayIntentBits of the privileged intents enabled for the application in the developer portal. */
  readonly privilegedIntents: number;
  readonly heartbeatIntervalMs: number;
  readonly interactionDeadlineMs: number;
  readonly interactionTokenLifetimeMs: number;
  readonly rateLimit: { readonly limit: number; readonly windowMs: number };
}

/** Announces a change to connected bot sessions, as Discord does over the gateway. */
export interface GatewayDispatcher {
  dispatch(event: GatewayDispatchEvents, data: unknown): void;
}

/** What every part of the emulator shares: configuration, time, ids, state, and the two ways news travels. */
export interface EmulatorCore {
  readonly config: EmulatorConfig;
  readonly clock: EmulatorClock;
  readonly ids: SnowflakeGenerator;
  readonly state: DiscordState;
  readonly changes: ChangeNotifier;
  readonly gateway: GatewayDispatcher;
}
