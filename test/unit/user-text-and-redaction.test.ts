import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../src/logger.js';
import { userText } from '../../src/views/format.js';
import { CapturedLogs } from '../support/world/captured-logs.js';

const TOKEN = `${'M'.repeat(26)}.${'G'.repeat(6)}.${'x'.repeat(38)}`;

describe('userText', () => {
  it('escapes every markdown construct a member could use to disguise text', () => {
    const shown = userText(
      '[free nitro](https://evil.example)\n# Big\n> quote\n-# small\n- item\n**bold** @everyone',
      500,
    );
    expect(shown).not.toMatch(/(^|[^\\])\[free nitro\]\(/u);
    expect(shown).toContain('\\# Big');
    expect(shown).toContain('\\> quote');
    expect(shown).toContain('\\-# small');
    expect(shown).toContain('\\- item');
    expect(shown).toContain('\\*\\*bold\\*\\*');
  });

  it('cuts long text with an ellipsis', () => {
    expect(userText('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('log redaction', () => {
  it('hides bot tokens and database passwords in text', () => {
    expect(redact(`login with ${TOKEN} failed`)).toBe('login with *** failed');
    expect(redact('mongodb://bot:s3cret@db.example:27017/x')).toBe('mongodb://***@db.example:27017/x');
  });

  it('hides secrets inside logged errors and secret-named fields, and keeps error codes', () => {
    const logs = new CapturedLogs();
    const logger = createLogger({ logLevel: 'info', env: 'production' }, logs);
    const error = Object.assign(new Error(`401 for ${TOKEN} at mongodb://u:pw@h/db`), { code: 50013, status: 403 });
    logger.error('Request failed', { error, token: TOKEN, context: { password: 'hunter2' } });
    const line = JSON.stringify(logs.entries);
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain('pw@');
    expect(line).not.toContain('hunter2');
    expect(logs.entries[0]?.error).toMatchObject({ code: 50013, status: 403 });
  });
});

describe('interaction and webhook tokens', () => {
  const TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6';
  const API = 'https://discord.com/api/v10';

  it('are hidden in interaction callback and webhook URLs, keeping the ids', () => {
    expect(redact(`POST ${API}/interactions/1234567890123456789/${TOKEN}/callback?with_response=false`)).toBe(
      `POST ${API}/interactions/1234567890123456789/***/callback?with_response=false`,
    );
    expect(redact(`PATCH ${API}/webhooks/42/emulated-abc_DEF-123/messages/%40original`)).toBe(
      `PATCH ${API}/webhooks/42/***/messages/%40original`,
    );
    expect(redact(`token ${TOKEN} seen`)).toBe('token *** seen');
  });

  it('are hidden in a failed Discord call logged as an error, and its request body is not logged', () => {
    const logs = new CapturedLogs();
    const logger = createLogger({ logLevel: 'info', env: 'production' }, logs);
    const url = `${API}/webhooks/42/${TOKEN}/messages/@original`;
    const error = Object.assign(new Error(`Unknown Webhook at ${url}`), {
      code: 10015,
      status: 404,
      method: 'PATCH',
      url,
      requestBody: { json: { content: `secret reply for ${TOKEN}` } },
    });
    error.stack = `Error: Unknown Webhook\n    at ${url}`;
    logger.error('Could not edit', { error, context: { url } });
    const line = JSON.stringify(logs.entries);
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain('secret reply');
    expect(logs.entries[0]?.error).toMatchObject({
      code: 10015,
      status: 404,
      url: `${API}/webhooks/42/***/messages/@original`,
    });
  });
});
