import { describe, expect, it } from 'vitest';
import {
  SPECIALTY_CATALOG,
  addSpecialty,
  archiveSpecialty,
  catalogForAdmin,
  ensureSeeded,
  listSpecialties,
  renameSpecialty,
  resolveSpecialties,
  restoreSpecialty,
  searchSpecialties,
  setSpecialtyRole,
  slugFromName,
} from '../../src/services/specialty.service.js';
import { editMentor, getMentorProfile, registerMentor } from '../../src/services/mentor-profile.service.js';
import { SpecialtyModel } from '../../models/specialty.model.js';
import { FixedClock } from '../support/fixed-clock.js';
import { mentorFixtures } from '../support/fixtures/mentors.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';
import { expectInvalidInput, expectUserError } from '../support/user-errors.js';

useServiceDatabase('specialty-service');

const admin = { userId: '100000000000000001', isAdmin: true, canManageRoles: true };
const serverManager = { userId: '100000000000000003', isAdmin: true, canManageRoles: false };
const member = { userId: '100000000000000002', isAdmin: false };
const python = { id: '123456789012345678', name: 'python', animated: false };
const unicode = (name: string) => ({ id: null, name, animated: false });
const clock = new FixedClock('2026-06-01T12:00:00Z');

describe('seeding', () => {
  it('seeds the IT catalog once, even when first uses race', async () => {
    const guildId = newGuildId();
    await Promise.all([ensureSeeded(guildId), ensureSeeded(guildId), listSpecialties(guildId)]);
    await ensureSeeded(guildId);
    const specialties = await listSpecialties(guildId);
    expect(specialties.map((s) => s.slug).sort()).toEqual(SPECIALTY_CATALOG.map((s) => s.slug).sort());
    expect(await SpecialtyModel.countDocuments({ guildId })).toBe(13);
    expect(specialties[0]).toEqual({
      guildId,
      slug: 'ai-ml',
      name: 'AI and machine learning',
      emoji: unicode('🤖'),
      roleId: null,
      archivedAt: null,
    });
  });

  it('does not bring back a seeded specialty an admin archived', async () => {
    const guildId = newGuildId();
    await archiveSpecialty({ guildId, actor: admin, slug: 'cloud' }, clock);
    await ensureSeeded(guildId);
    expect((await listSpecialties(guildId)).map((s) => s.slug)).not.toContain('cloud');
  });
});

describe('autocomplete search', () => {
  it('puts names starting with the query first, then word starts, then substrings', async () => {
    const guildId = newGuildId();
    expect((await searchSpecialties(guildId, 'dev')).map((s) => s.slug)).toEqual([
      'devops-sre',
      'game-development',
      'mobile',
      'web-development',
    ]);
    expect((await searchSpecialties(guildId, 'SEC')).map((s) => s.slug)).toEqual(['cybersecurity']);
    expect(await searchSpecialties(guildId, 'zzz')).toEqual([]);
    expect(await searchSpecialties(guildId, '', 5)).toHaveLength(5);
  });

  it('leaves archived specialties out', async () => {
    const guildId = newGuildId();
    await archiveSpecialty({ guildId, actor: admin, slug: 'devops-sre' }, clock);
    expect((await searchSpecialties(guildId, 'dev')).map((s) => s.slug)).not.toContain('devops-sre');
  });
});

describe('resolveSpecialties', () => {
  it('accepts slugs and names in any case, dropping duplicates', async () => {
    const guildId = newGuildId();
    const resolved = await resolveSpecialties(guildId, ['Cloud', 'web-development', 'CLOUD']);
    expect(resolved.map((s) => s.slug)).toEqual(['cloud', 'web-development']);
  });

  it('names an unknown specialty and refuses archived ones unless allowed', async () => {
    const guildId = newGuildId();
    expect(await expectInvalidInput('specialties', () => resolveSpecialties(guildId, ['knitting']))).toBe(
      'There is no specialty `knitting` on this server. Start typing and pick one from the list.',
    );
    await archiveSpecialty({ guildId, actor: admin, slug: 'cloud' }, clock);
    expect(
      await expectInvalidInput('specialty', () => resolveSpecialties(guildId, ['cloud'], { field: 'specialty' })),
    ).toBe('`Cloud` is no longer offered on this server; pick another specialty.');
    expect(await resolveSpecialties(guildId, ['cloud'], { allowArchived: ['cloud'] })).toHaveLength(1);
  });
});

describe('admin actions', () => {
  it('adds a specialty with a slug made from its name and a default emoji', async () => {
    const guildId = newGuildId();
    const added = await addSpecialty({ guildId, actor: admin, name: ' Rust & Systems Programming ' });
    expect(added).toEqual({
      guildId,
      slug: 'rust-systems-programming',
      name: 'Rust & Systems Programming',
      emoji: unicode('📚'),
      roleId: null,
      archivedAt: null,
    });
    expect(slugFromName('Café Société')).toBe('cafe-societe');
    const custom = await addSpecialty({
      guildId,
      actor: admin,
      name: 'Python',
      slug: 'python',
      emoji: '<:py:123456789012345678>',
      serverEmojis: [python],
      roleId: '555555555555555555',
    });
    // The server's own name for its emoji is kept, whatever the typed text said.
    expect(custom).toMatchObject({ roleId: '555555555555555555', emoji: python });
  });

  it('numbers a slug made from a name when it is taken, since names cut to 32 characters collide', async () => {
    const guildId = newGuildId();
    const long = 'Distributed systems and consensus protocols';
    const slugs = [];
    for (const suffix of ['I', 'II', 'III']) {
      slugs.push((await addSpecialty({ guildId, actor: admin, name: `${long} ${suffix}` })).slug);
    }
    expect(slugs).toEqual([
      'distributed-systems-and-consensu',
      'distributed-systems-and-consen-2',
      'distributed-systems-and-consen-3',
    ]);
  });

  it('stores exactly one emoji, fully qualified, or a custom emoji this server has; refuses the rest', async () => {
    const guildId = newGuildId();
    const add = (name: string, emoji: string) =>
      addSpecialty({ guildId, actor: admin, name, emoji, serverEmojis: [python] });
    expect((await add('Weather', '☁')).emoji).toEqual(unicode('☁️'));
    expect((await add('Pairing', '👩🏽‍💻')).emoji).toEqual(unicode('👩🏽‍💻'));
    expect((await add('France', ' 🇫🇷 ')).emoji).toEqual(unicode('🇫🇷'));
    expect((await add('Animated', '<a:python:123456789012345678>')).emoji).toEqual(python);
    expect(await expectInvalidInput('emoji', () => add('Snakes', '🐍%'))).toBe(
      '`🐍%` is not exactly one emoji. Use a single emoji, like 🐍, or a custom emoji of this server.',
    );
    for (const bad of ['crab', '🐍🐍', ':snake:', '**', '@everyone', '\u200b', '🐍\u202e']) {
      await expectInvalidInput('emoji', () => add('Snakes', bad));
    }
    expect(await expectInvalidInput('emoji', () => add('Snakes', '<:other:999999999999999999>'))).toBe(
      "`<:other:999999999999999999>` is not a custom emoji of this server. Pick one of this server's emojis, or a standard emoji like 🐍.",
    );
    const long = await expectInvalidInput('emoji', () => add('Snakes', 'x'.repeat(6_000)));
    expect(long.length).toBeLessThan(200);
  });

  it('shows a stored emoji that is not one emoji (written before emojis were checked) as the default', async () => {
    const guildId = newGuildId();
    await ensureSeeded(guildId);
    await SpecialtyModel.collection.updateOne({ guildId, slug: 'cloud' }, { $set: { emoji: '🐍%' } });
    await SpecialtyModel.collection.updateOne(
      { guildId, slug: 'mobile' },
      { $set: { emoji: '<:py:123456789012345678>' } },
    );
    await SpecialtyModel.collection.updateOne({ guildId, slug: 'ui-ux' }, { $set: { emoji: '🎨' } });
    const bySlug = new Map((await listSpecialties(guildId)).map((s) => [s.slug, s.emoji]));
    expect(bySlug.get('cloud')).toEqual(unicode('📚'));
    expect(bySlug.get('mobile')).toEqual({ id: '123456789012345678', name: 'py', animated: false });
    expect(bySlug.get('ui-ux')).toEqual(unicode('🎨'));
  });

  it('repeats typed input shortened and inert in errors, whatever its length or content', async () => {
    const guildId = newGuildId();
    const strange = `**bold** @everyone <@&1> \u200b\u202eevil\n${'x'.repeat(6_000)}`;
    for (const run of [
      () => archiveSpecialty({ guildId, actor: admin, slug: strange }, clock),
      () => restoreSpecialty({ guildId, actor: admin, slug: strange }),
      () => renameSpecialty({ guildId, actor: admin, slug: strange, name: 'Fine name' }),
      () => setSpecialtyRole({ guildId, actor: admin, slug: strange, roleId: null }),
      () => resolveSpecialties(guildId, [strange]),
    ]) {
      const details = await expectUserError('invalid-input', run);
      const problem = details.message;
      expect(problem.length).toBeLessThan(200);
      expect(problem).not.toMatch(/[\u202e\n]/u);
      expect(problem).toMatch(/`\*\*bold\*\* @everyone <@&1> [^`]*…`/u);
    }
    expect(
      await expectInvalidInput('name', () => addSpecialty({ guildId, actor: admin, name: 'x'.repeat(6_000) })),
    ).toBe('A specialty name can be at most 50 characters; yours has 6,000.');
    await expectInvalidInput('name', () => addSpecialty({ guildId, actor: admin, name: 'line\nbreak' }));
    await expectInvalidInput('name', () => addSpecialty({ guildId, actor: admin, name: '\u200b\u200b\u200b' }));
  });

  it('refuses members, clashing names and slugs, and odd emoji, changing nothing', async () => {
    const guildId = newGuildId();
    const forbidden = await expectUserError('forbidden', () => addSpecialty({ guildId, actor: member, name: 'Rust' }));
    expect(forbidden.message).toBe('Only server admins (Manage Server) can do that.');
    expect(
      (await expectUserError('conflict', () => addSpecialty({ guildId, actor: admin, name: 'cloud' }))).message,
    ).toBe('There is already a specialty called `Cloud`.');
    expect(
      (await expectUserError('conflict', () => addSpecialty({ guildId, actor: admin, name: 'Clouds', slug: 'cloud' })))
        .message,
    ).toBe('The slug `cloud` is already used by another specialty. Choose a different slug.');
    await expectInvalidInput('emoji', () => addSpecialty({ guildId, actor: admin, name: 'Rust', emoji: 'crab' }));
    await expectInvalidInput('name', () => addSpecialty({ guildId, actor: admin, name: 'x'.repeat(51) }));
    expect(await SpecialtyModel.countDocuments({ guildId })).toBe(13);
  });

  it('renames without changing the slug that profiles refer to', async () => {
    const guildId = newGuildId();
    await registerMentor({ ...mentorFixtures({ guildId, count: 1, specialty: 'cloud' })[0]! }, clock);
    const renamed = await renameSpecialty({
      guildId,
      actor: admin,
      slug: 'cloud',
      name: 'Cloud platforms',
      emoji: '🌩️',
    });
    expect(renamed).toMatchObject({ slug: 'cloud', name: 'Cloud platforms', emoji: unicode('🌩️') });
    const view = await getMentorProfile(
      { guildId, userId: mentorFixtures({ guildId, count: 1 })[0]!.userId, viewer: admin },
      clock,
    );
    expect(view.specialties.map((s) => s.name)).toContain('Cloud platforms');
  });

  it('archives: no longer offered, but profiles keep it and can keep it on edit; restore brings it back', async () => {
    const guildId = newGuildId();
    const [input] = mentorFixtures({ guildId, count: 1, specialty: 'cloud' });
    await registerMentor(input!, clock);
    const archived = await archiveSpecialty({ guildId, actor: admin, slug: 'cloud' }, clock);
    expect(archived.archivedAt).toEqual(clock.now());
    await expectUserError('conflict', () => archiveSpecialty({ guildId, actor: admin, slug: 'cloud' }, clock));

    const view = await getMentorProfile({ guildId, userId: input!.userId, viewer: admin }, clock);
    expect(view.profile.specialties).toContain('cloud');
    const edited = await editMentor({ guildId, userId: input!.userId, specialties: ['cloud', 'databases'] }, clock);
    expect(edited.view.profile.specialties).toEqual(['cloud', 'databases']);
    const [other] = mentorFixtures({ guildId, count: 1, firstIndex: 1, specialty: 'cloud' });
    await expectInvalidInput('specialties', () => registerMentor(other!, clock));

    await restoreSpecialty({ guildId, actor: admin, slug: 'cloud' });
    expect((await searchSpecialties(guildId, 'cloud')).map((s) => s.slug)).toEqual(['cloud']);
  });

  it('sets a role (admins who may also manage roles only) and returns the previous one', async () => {
    const guildId = newGuildId();
    const refused = await expectUserError('forbidden', () =>
      setSpecialtyRole({ guildId, actor: serverManager, slug: 'databases', roleId: '700000000000000001' }),
    );
    expect(refused.message).toBe(
      'Only admins with both Manage Server and Manage Roles can choose roles the bot hands out.',
    );
    await expectUserError('forbidden', () =>
      addSpecialty({ guildId, actor: serverManager, name: 'Rust', roleId: '700000000000000001' }),
    );
    expect((await addSpecialty({ guildId, actor: serverManager, name: 'Rust' })).roleId).toBeNull();
    const first = await setSpecialtyRole({ guildId, actor: admin, slug: 'databases', roleId: '700000000000000001' });
    expect(first).toEqual({
      specialty: expect.objectContaining({ slug: 'databases', roleId: '700000000000000001' }) as unknown,
      previousRoleId: null,
    });
    const second = await setSpecialtyRole({ guildId, actor: admin, slug: 'databases', roleId: null });
    expect(second.previousRoleId).toBe('700000000000000001');
    expect(second.specialty.roleId).toBeNull();
    await expectInvalidInput('specialty', () =>
      setSpecialtyRole({ guildId, actor: admin, slug: 'nope', roleId: null }),
    );
  });

  it('lists the whole catalog to admins only', async () => {
    const guildId = newGuildId();
    await archiveSpecialty({ guildId, actor: admin, slug: 'cloud' }, clock);
    expect(await catalogForAdmin({ guildId, actor: serverManager })).toHaveLength(13);
    const refused = await expectUserError('forbidden', () => catalogForAdmin({ guildId, actor: member }));
    expect(refused.message).toBe('Only server admins (Manage Server) can do that.');
  });
});
