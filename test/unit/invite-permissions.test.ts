import { readFileSync } from 'node:fs';
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { INVITE_PERMISSION_REASONS, INVITE_PERMISSIONS, inviteUrl } from '../../src/discord/invite-permissions.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const setup = readme.slice(readme.indexOf('## Setting up the Discord application'), readme.indexOf('## Configuration'));

describe('the invite link', () => {
  it('in the README is the one the code builds, so an admin invites once with everything', () => {
    expect(setup).toContain(inviteUrl('<DISCORD_CLIENT_ID>'));
    const links = [...readme.matchAll(/permissions=(\d+)/g)].map((match) => match[1]);
    expect(links).toEqual([String(INVITE_PERMISSIONS)]);
  });

  it('asks for every permission the README lists by name, and nothing else', () => {
    const flags = new PermissionsBitField(INVITE_PERMISSIONS);
    expect(flags.toArray()).toHaveLength(INVITE_PERMISSION_REASONS.length);
    const listed = setup.replace(/\s+/g, ' ');
    for (const [, name] of INVITE_PERMISSION_REASONS) expect(listed).toContain(name);
  });

  it('covers events, threads, pins and voice since the February 2026 permission split, never Administrator', () => {
    for (const flag of [
      PermissionFlagsBits.CreateEvents,
      PermissionFlagsBits.ManageEvents,
      PermissionFlagsBits.PinMessages,
      PermissionFlagsBits.CreatePrivateThreads,
      PermissionFlagsBits.SendMessagesInThreads,
      PermissionFlagsBits.Connect,
      PermissionFlagsBits.ManageRoles,
    ]) {
      expect(INVITE_PERMISSIONS & flag).toBe(flag);
    }
    expect(INVITE_PERMISSIONS & PermissionFlagsBits.Administrator).toBe(0n);
    expect(INVITE_PERMISSIONS & PermissionFlagsBits.MentionEveryone).toBe(0n);
  });
});
