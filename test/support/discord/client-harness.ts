import { once, type EventEmitter } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import { startDiscordEmulator, type DiscordEmulator, type DiscordEmulatorOptions } from './emulator.js';

export interface Harness {
  emulator: DiscordEmulator;
  client: Client;
  /** Errors the client emitted (a payload it could not handle shows up here). */
  clientErrors: Error[];
  /** Destroys the client, then stops the emulator: the other order makes the client reconnect forever. */
  close(): Promise<void>;
}

const DEFAULT_TEST_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMembers,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.GuildVoiceStates,
  GatewayIntentBits.GuildScheduledEvents,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

/**
 * Starts an emulator, lets `build` populate it, and logs a real discord.js client in against it with short
 * REST timeouts and no retries, so emulator mistakes fail fast instead of being retried away.
 */
export async function startHarness(
  build: (emulator: DiscordEmulator) => void = () => undefined,
  options: { emulator?: DiscordEmulatorOptions; client?: Partial<ClientOptions> } = {},
): Promise<Harness> {
  const emulator = await startDiscordEmulator({ heartbeatIntervalMs: 100, ...options.emulator });
  build(emulator);
  const client = new Client({
    intents: DEFAULT_TEST_INTENTS,
    partials: [Partials.Channel],
    ...options.client,
    rest: { api: emulator.restBaseUrl, retries: 0, timeout: 2_000, ...options.client?.rest },
  });
  const clientErrors: Error[] = [];
  client.on(Events.Error, (error) => clientErrors.push(error));
  const ready = once(client, Events.ClientReady);
  await client.login(emulator.botToken);
  await ready;
  return {
    emulator,
    client,
    clientErrors,
    close: async () => {
      await client.destroy();
      await emulator.stop();
    },
  };
}

/** `once()` with a deadline, so a missing event fails the test in seconds instead of at vitest's timeout. */
export async function nextEvent<Args extends unknown[]>(
  emitter: EventEmitter,
  event: string,
  timeoutMs = 2_000,
): Promise<Args> {
  try {
    return (await once(emitter, event, { signal: AbortSignal.timeout(timeoutMs) })) as Args;
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError')
      throw new Error(`No "${event}" event within ${timeoutMs} ms`);
    throw error;
  }
}
