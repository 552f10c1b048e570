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
