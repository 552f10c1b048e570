import { ComponentType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpecialtyModel } from '../../models/specialty.model.js';
import { addSpecialty, archiveSpecialty } from '../../src/services/specialty.service.js';
import type { Actor } from '../support/world/actor.js';
import { startWorld, type World } from '../support/world/world.js';

describe('specialties, as admins shape them', () => {
  let world: World;
  let admin: Actor;
  beforeAll(async () => {
    world = await startWorld();
    admin = world.staffAdmin();
  });
  afterAll(async () => {
    await world.stop();
  });

  /** The options of the registration panel's specialty select, as the member's client received them. */
  async function registrationOptions(member: Actor) {
    const panel = await member.slash('mentor register', { timezone: 'UTC', years: 2 });
    const select = panel.components().find((c) => c.type === ComponentType.StringSelect);
    return select?.type === ComponentType.StringSelect ? select.options : [];
  }

  it('takes exactly one emoji or a custom emoji of this server, and refuses anything else clearly', async () => {
    const broken = await admin.slash('specialty add', { name: 'Python', emoji: '🐍%' });
    expect(broken.ephemeral).toBe(true);
    expect(broken.content).toBe(
      '`🐍%` is not exactly one emoji. Use a single emoji, like 🐍, or a custom emoji of this server.',
    );
    const foreign = await admin.slash('specialty add', { name: 'Python', emoji: '<:python:123456789012345678>' });
    expect(foreign.content).toBe(
      "`<:python:123456789012345678>` is not a custom emoji of this server. Pick one of this server's emojis, or a standard emoji like 🐍.",
    );

    const python = world.emulator.world.createEmoji(world.guild.id, { name: 'python' });
    const added = await admin.slash('specialty add', { name: 'Python', emoji: `<:python:${python.id}>` });
    expect(added.content).toBe(`Added <:python:${python.id}> Python (\`python\`).`);
    const renamed = await admin.slash('specialty rename', { specialty: 'cloud', name: 'Cloud', emoji: '⛅' });
    expect(renamed.content).toBe('Renamed to ⛅ Cloud.');

    const options = await registrationOptions(world.user('reg'));
    expect(options.find((option) => option.value === 'python')?.emoji).toEqual({
      id: python.id,
      name: 'python',
      animated: false,
    });
    expect(options.find((option) => option.value === 'cloud')?.emoji).toEqual({ name: '⛅' });
  });

  it('keeps the registration panel working whatever an older version stored as an emoji', async () => {
    await SpecialtyModel.collection.updateOne(
      { guildId: world.guild.id, slug: 'mobile' },
      { $set: { emoji: '🐍% not an emoji' } },
    );
    const options = await registrationOptions(world.user('legacy'));
    expect(options.find((option) => option.value === 'mobile')?.emoji).toEqual({ name: '📚' });
  });

  it('/specialty list checks admin rights in code and splits a long catalog into pages', async () => {
    const member = world.user('member');
    const refused = await member.slash('specialty list');
    expect(refused.content).toBe('Only server admins (Manage Server) can do that.');

    const actor = { userId: '100000000000000001', isAdmin: true, canManageRoles: true };
    const guildId = world.guild.id;
    for (let i = 0; i < 48; i += 1) {
      const name = `${'Long specialty name for paging '.slice(0, 44)} ${String(i).padStart(3, '0')}`;
      const added = await addSpecialty({
        guildId,
        actor,
        name: name.slice(0, 50),
        emoji: '🧪',
        roleId: '700000000000000001',
      });
      if (i % 2 === 0) await archiveSpecialty({ guildId, actor, slug: added.slug }, world.clock);
    }
    const listed = await admin.slash('specialty list');
    const followUps = await listed.handle.waitForFollowUps(1);
    const pages = [listed.embeds, ...followUps.map((message) => message.embeds)].flat();
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.description?.length ?? 0).toBeLessThanOrEqual(4_096);
    expect(pages[0]?.title).toMatch(/^Specialties \(1\/\d\)$/);
    const text = pages.map((page) => page.description).join('\n');
    expect(text.split('\n')).toHaveLength(await SpecialtyModel.countDocuments({ guildId }));
    expect(text).toContain('(archived)');
  });
});
