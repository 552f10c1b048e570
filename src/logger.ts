import winston from 'winston';
import type { Config } from './config.js';

export type Logger = winston.Logger;

const SECRET_KEY = /token|secret|password|authorization/i;
const URI_CREDENTIALS = /(mongodb(?:\+srv)?:\/\/)[^@/\s]+@/g;
// Bot tokens are three base64url segments; they must never reach a log even inside an error message.
const BOT_TOKEN = /\b[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}\b/g;
// Interaction and webhook tokens let anyone post as the bot for 15 minutes (webhook tokens, forever). They
// travel in URL paths: /interactions/:id/:token/callback and /webhooks/:applicationId/:token/...
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/?#\s"'`]+/g;
// Discord's interaction tokens are base64 of "interaction:<id>:<secret>", should one appear outside a URL.
const INTERACTION_TOKEN = /\baW50ZXJhY3Rpb246[\w+/=-]+/g;

export function redact(text: string): string {
  return text
    .replace(URI_CREDENTIALS, '$1***@')
    .replace(BOT_TOKEN, '***')
    .replace(TOKEN_IN_PATH, '$1***')
    .replace(INTERACTION_TOKEN, '***');
}

function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    // Keep what tells errors apart (Discord's code and HTTP status, Mongo's code, the cause), redacted.
    const { code, status, method, url } = value as Error & Record<string, unknown>;
    return {
      name: value.name,
      message: redact(value.message),
      ...(code === undefined ? {} : { code }),
      ...(status === undefined ? {} : { status }),
      ...(typeof method === 'string' ? { method } : {}),
      ...(typeof url === 'string' ? { url: redact(url) } : {}),
      ...(value.cause === undefined ? {} : { cause: redactValue(value.cause, depth + 1) }),
      stack: value.stack && redact(value.stack),
    };
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? '***' : redactValue(inner, depth + 1)]),
  );
}

const redactSecrets = winston.format((info) => {
  for (const key of Object.keys(info)) {
    info[key] = SECRET_KEY.test(key) ? '***' : redactValue(info[key]);
  }
  return info;
});

/**
 * The root logger: readable lines in development, JSON lines otherwise. Components take `logger.child({ component })`; interaction handlers add
 * `{ guildId, userId, command, interactionId }` so every line about a request can be traced.
 */
export function createLogger(config: Pick<Config, 'logLevel' | 'env'>, transport?: winston.transport): Logger {
  const readable = winston.format.combine(
    winston.format.colorize(),
    winston.format.printf(({ level, message, timestamp, component, ...rest }) => {
      const context = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
      return `${String(timestamp)} ${level} [${typeof component === 'string' ? component : 'app'}] ${String(message)}${context}`;
    }),
  );
  return winston.createLogger({
    level: config.logLevel,
    format: winston.format.combine(
      winston.format.errors({ stack: true }),
      redactSecrets(),
      winston.format.timestamp(),
      config.env === 'development' ? readable : winston.format.json(),
    ),
    transports: [transport ?? new winston.transports.Console({ stderrLevels: ['error', 'warn'] })],
  });
}
