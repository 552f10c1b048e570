import { existsSync } from 'node:fs';
import { z } from 'zod';

const missing = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'is missing' : message;
const snowflake = (what: string) => z.string({ error: missing(what) }).regex(/^\d{17,20}$/, what);

const envSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: missing('must be text') })
    .trim()
    .min(50, 'is too short to be a bot token'),
  DISCORD_CLIENT_ID: snowflake('must be a Discord application ID (17 to 20 digits)'),
  DISCORD_GUILD_ID: snowflake('must be a Discord server ID (17 to 20 digits)').optional(),
  DISCORD_API_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:4000/api' })
    .optional(),
  DISCORD_MEMBERS_INTENT: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must start with mongodb:// or mongodb+srv://')
    .optional(),
  MONGODB_DATA_DIR: z.string().min(1).default('./data/mongodb'),
  LOG_LEVEL: z
    .enum(['error', 'warn', 'info', 'debug'], { error: 'must be one of error, warn, info, debug' })
    .default('info'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
});

export type EnvName = keyof z.input<typeof envSchema>;

/** How to fix each setting, printed under the problem so nobody has to open the source. */
const fixes: Record<EnvName, string> = {
  DISCORD_TOKEN: 'Copy it from the Discord Developer Portal (your application > Bot > Reset Token) into .env.',
  DISCORD_CLIENT_ID: 'Copy the Application ID from the Developer Portal (your application > General Information).',
  DISCORD_GUILD_ID:
    'Right-click your server with Developer Mode on > Copy Server ID, or leave it unset to deploy globally.',
  DISCORD_API_BASE_URL: 'Leave it unset for Discord itself; set it only to point the bot at a Discord-compatible API.',
  DISCORD_MEMBERS_INTENT:
    'Set true only after switching on Server Members Intent (Developer Portal > your application > Bot), else leave it unset.',
  MONGODB_URI: 'Use a URI like mongodb://localhost:27017/mentor-bot, or leave it unset for the embedded database.',
  MONGODB_DATA_DIR: 'Point it at a writable folder for the embedded database, or leave it unset for ./data/mongodb.',
  LOG_LEVEL: 'Pick one of error, warn, info, debug (default info).',
  NODE_ENV: 'Use production for JSON logs, development (default) for readable ones.',
};

export interface Config {
  discord: {
    token: string;
    clientId: string;
    guildId: string | undefined;
    apiBaseUrl: string | undefined;
    /** Subscribe to member events (privileged; must be switched on in the Developer Portal too). */
    membersIntent: boolean;
  };
  mongo: { uri: string | undefined; dataDir: string };
  logLevel: 'error' | 'warn' | 'info' | 'debug';
  env: 'development' | 'production' | 'test';
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Validates an environment; empty values count as unset, as they do in most .env tooling. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]) as EnvName;
      return `${key} ${issue.message}. ${fixes[key]}`;
    });
    return { ok: false, problems };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      discord: {
        token: e.DISCORD_TOKEN,
        clientId: e.DISCORD_CLIENT_ID,
        guildId: e.DISCORD_GUILD_ID,
        apiBaseUrl: e.DISCORD_API_BASE_URL,
        membersIntent: e.DISCORD_MEMBERS_INTENT,
      },
      mongo: { uri: e.MONGODB_URI, dataDir: e.MONGODB_DATA_DIR },
      logLevel: e.LOG_LEVEL,
      env: e.NODE_ENV,
    },
  };
}

/** Reads `.env` when there is one (real environment variables win), then validates `process.env`. */
export function loadConfigFromProcess(envFile = '.env'): ConfigResult {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}
