import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';

const valid = {
  DISCORD_TOKEN: 'x'.repeat(24) + '.' + 'y'.repeat(6) + '.' + 'z'.repeat(38),
  DISCORD_CLIENT_ID: '123456789012345678',
};

describe('parseConfig', () => {
  it('accepts a minimal environment and fills defaults', () => {
    const result = parseConfig(valid);
    expect(result).toMatchObject({
      ok: true,
      config: {
        discord: { clientId: '123456789012345678', guildId: undefined, apiBaseUrl: undefined },
        mongo: { uri: undefined, dataDir: './data/mongodb' },
        logLevel: 'info',
        env: 'development',
      },
    });
  });

  it('names every missing value with how to fix it, one line each', () => {
    const result = parseConfig({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/^DISCORD_TOKEN is missing\. Copy it from the Discord Developer Portal/);
    expect(result.problems[1]).toMatch(/^DISCORD_CLIENT_ID is missing\. Copy the Application ID/);
  });

  it('explains malformed values', () => {
    const result = parseConfig({
      ...valid,
      DISCORD_CLIENT_ID: 'my-app',
      DISCORD_GUILD_ID: '12',
      MONGODB_URI: 'localhost:27017',
      LOG_LEVEL: 'loud',
      DISCORD_API_BASE_URL: 'ftp://example',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(/^DISCORD_CLIENT_ID must be a Discord application ID/),
      expect.stringMatching(/^DISCORD_GUILD_ID must be a Discord server ID/),
      expect.stringMatching(/^DISCORD_API_BASE_URL must be an http\(s\) URL/),
      expect.stringMatching(/^MONGODB_URI must start with mongodb:\/\//),
      expect.stringMatching(/^LOG_LEVEL must be one of error, warn, info, debug\./),
    ]);
  });

  it('treats empty values as unset, as .env files write them', () => {
    const result = parseConfig({ ...valid, DISCORD_GUILD_ID: '', MONGODB_URI: '', LOG_LEVEL: '' });
    expect(result).toMatchObject({ ok: true, config: { discord: { guildId: undefined }, logLevel: 'info' } });
  });

  it('asks for the Server Members intent only when DISCORD_MEMBERS_INTENT is true', () => {
    expect(parseConfig(valid)).toMatchObject({ config: { discord: { membersIntent: false } } });
    expect(parseConfig({ ...valid, DISCORD_MEMBERS_INTENT: 'true' })).toMatchObject({
      config: { discord: { membersIntent: true } },
    });
    const result = parseConfig({ ...valid, DISCORD_MEMBERS_INTENT: 'yes' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(/^DISCORD_MEMBERS_INTENT must be true or false\. Set true only after switching on/),
    ]);
  });

  it('never echoes the token in a problem', () => {
    const result = parseConfig({ DISCORD_TOKEN: 'short-secret', DISCORD_CLIENT_ID: valid.DISCORD_CLIENT_ID });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join('\n')).not.toContain('short-secret');
    expect(result.problems[0]).toMatch(/^DISCORD_TOKEN is too short to be a bot token/);
  });
});
