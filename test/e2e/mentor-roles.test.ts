import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../support/world/actor.js';
import { startWorld, type World } from '../support/world/world.js';

describe('mentor roles', () => {
  let world: World;
  let admin: Actor;
  beforeAll(async () => {
    world = await startWorld();
    const staff = world.emulator.world.createRole(world.guild.id, {
      name: 'Staff',
      permissions: PermissionFlagsBits.ManageGuild,
      position: 'top',
    });
    admin = world.user('admin', { roles: [staff.id] });
  });
  afterAll(async () => {
    await world.stop();
  });

  it('refuses roles that carry moderation rights or sit above the bot', async () => {
    const mods = world.emulator.world.createRole(world.guild.id, {
      name: 'Mods',
      permissions: PermissionFlagsBits.BanMembers,
    });
    const refused = await admin.slash('admin mentor-role', { role: mods.id });
    expect(refused.content).toBe(
      '**role**: Mods carries Ban Members; mentor roles are given to anyone who registers, so pick one without them.',
    );
    const high = world.emulator.world.createRole(world.guild.id, { name: 'High', position: 'top' });
    const tooHigh = await admin.slash('specialty role', { specialty: 'cloud', role: high.id });
    expect(tooHigh.content).toMatch(/^\*\*role\*\*: High is not below my highest role/);
  });

  it('gives a safe specialty role to mentors when they register and takes it back when they retire', async () => {
    const cloudRole = world.emulator.world.createRole(world.guild.id, { name: 'Cloud mentors' });
    const set = await admin.slash('specialty role', { specialty: 'cloud', role: cloudRole.id });
    expect(set.content).toMatch(/now gives <@&\d+>; 0 mentor\(s\) updated\./);

    const ivy = world.user('ivy');
    const panel = await ivy.slash('mentor register', { timezone: 'UTC', years: 3 });
    const picked = await panel.select('Your specialties', ['cloud']);
    const ready = await picked.select('Formats you offer', ['group']);
    const form = await ready.click('Continue');
    const saved = await form.submitModal({ headline: 'Cloud helper', availability: 'sat 10:00-12:00' });
    expect(saved.content).toMatch(/Your mentor profile is saved/);
    expect(ivy.roles()).toContain(cloudRole.id);

    await ivy.slash('mentor retire');
    expect(ivy.roles()).not.toContain(cloudRole.id);
  });
});
