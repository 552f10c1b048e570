import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROLE_RECONCILE_EVERY_MS } from '../../src/jobs/role-reconcile.job.js';
import { DEFAULT_BOT_PERMISSIONS } from '../support/discord/permissions.js';
import type { Actor } from '../support/world/actor.js';
import type { Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const ROLE_CALL = 'PUT /guilds/:guildId/members/:userId/roles/:roleId';

describe('mentor roles that stay right', () => {
  let world: World;
  let admin: Actor;

  beforeEach(async () => {
    world = await startWorld();
    admin = world.staffAdmin();
  });
  afterEach(async () => {
    await world.stop();
  });

  const newRole = (name: string, permissions = 0n) =>
    world.emulator.world.createRole(world.guild.id, { name, permissions }).id;
  const botRoleId = () => world.emulator.state.guildRoles(world.guild.id).find((role) => role.botId !== null)?.id ?? '';

  /** Waits until the bot's own view of a role (kept by GUILD_ROLE_UPDATE) satisfies `seen`. */
  async function botSees(roleId: string, seen: (position: number, permissions: bigint) => boolean): Promise<void> {
    await world.emulator.waitFor(() => {
      const role = world.app.client.guilds.cache.get(world.guild.id)?.roles.cache.get(roleId);
      return role !== undefined && seen(role.position, role.permissions.bitfield);
    });
  }

  async function register(actor: Actor, specialties: string[]): Promise<Seen> {
    const panel = await actor.slash('mentor register', { timezone: 'UTC', years: 3 });
    const picked = await panel.select('Your specialties', specialties);
    const ready = await picked.select('Formats you offer', ['one-on-one']);
    const form = await ready.click('Continue');
    return form.submitModal({ headline: `${actor.name} helps`, availability: 'sat 10:00-12:00' });
  }

  /** Runs the hourly reconciliation, as an hour passing would. */
  const nextHourlyRun = () => world.advanceTime(ROLE_RECONCILE_EVERY_MS);

  it('role settings need Manage Roles besides Manage Server, and refuse unsafe roles', async () => {
    const manager = world.user('manager', { admin: true });
    const mentors = newRole('Mentors');
    const notAllowed = await manager.slash('admin mentor-role', { role: mentors });
    expect(notAllowed.content).toBe(
      'Only admins with both Manage Server and Manage Roles can choose roles the bot hands out.',
    );
    expect((await manager.slash('specialty role', { specialty: 'cloud', role: mentors })).content).toBe(
      'Only admins with both Manage Server and Manage Roles can choose roles the bot hands out.',
    );

    const mods = newRole('Mods', PermissionFlagsBits.BanMembers);
    expect((await admin.slash('admin mentor-role', { role: mods })).content).toBe(
      `<@&${mods}> carries Ban Members; mentor roles are given to anyone who registers, so pick one without them.`,
    );
    const high = world.emulator.world.createRole(world.guild.id, { name: 'High', position: 'top' });
    expect((await admin.slash('specialty role', { specialty: 'cloud', role: high.id })).content).toBe(
      `<@&${high.id}> is not below my highest role. Move my role above it in Server Settings > Roles, then try again.`,
    );
  });

  it('grants on registration, keeps the roles while paused, and takes them back on retirement', async () => {
    const mentors = newRole('Mentors');
    const cloud = newRole('Cloud mentors');
    await admin.slash('admin mentor-role', { role: mentors });
    expect((await admin.slash('specialty role', { specialty: 'cloud', role: cloud })).content).toMatch(
      /now gives <@&\d+>\.\nRoles checked for 0 members: 0 given, 0 taken away\.$/,
    );
    const ivy = world.user('ivy');
    const saved = await register(ivy, ['cloud']);
    expect(saved.content).toBe('Your mentor profile is saved. Members can find you with `/mentors find` now.');
    expect(ivy.roles().sort()).toEqual([mentors, cloud].sort());
    await ivy.slash('mentor pause');
    expect(ivy.roles().sort()).toEqual([mentors, cloud].sort());
    await ivy.slash('mentor retire');
    expect(ivy.roles()).toEqual([]);
  });

  it('changing the mentor role moves every mentor, and clearing it takes it away', async () => {
    const first = newRole('Mentors');
    const second = newRole('Guides');
    const keep = newRole('Unrelated');
    await admin.slash('admin mentor-role', { role: first });
    const [ann, ben] = [world.user('ann', { roles: [keep] }), world.user('ben')];
    await register(ann, ['cloud']);
    await register(ben, ['mobile']);
    expect(ann.roles().sort()).toEqual([keep, first].sort());

    const moved = await admin.slash('admin mentor-role', { role: second });
    expect(moved.content).toBe(
      `Every mentor gets <@&${second}> now.\nRoles checked for 2 members: 2 given, 2 taken away.`,
    );
    expect(ann.roles().sort()).toEqual([keep, second].sort());
    expect(ben.roles()).toEqual([second]);

    const cleared = await admin.slash('admin mentor-role');
    expect(cleared.content).toBe(
      'Mentors get no common role now.\nRoles checked for 2 members: 0 given, 2 taken away.',
    );
    expect(ann.roles()).toEqual([keep]);
    expect(ben.roles()).toEqual([]);
  });

  it('/specialty role never takes a role a mentor still earns another way', async () => {
    const shared = newRole('Data people');
    const mentors = newRole('Mentors');
    await admin.slash('specialty role', { specialty: 'data-science', role: shared });
    await admin.slash('specialty role', { specialty: 'databases', role: shared });
    await admin.slash('admin mentor-role', { role: mentors });
    await admin.slash('specialty role', { specialty: 'cloud', role: mentors });
    const [both, onlyScience, cloudy] = [world.user('both'), world.user('science'), world.user('cloudy')];
    await register(both, ['data-science', 'databases']);
    await register(onlyScience, ['data-science']);
    await register(cloudy, ['cloud']);

    const cleared = await admin.slash('specialty role', { specialty: 'data-science' });
    expect(cleared.content).toMatch(/gives no role now\.\nRoles checked for 3 members: 0 given, 1 taken away\.$/);
    expect(both.roles().sort()).toEqual([shared, mentors].sort());
    expect(onlyScience.roles()).toEqual([mentors]);

    // The mentor role is also Cloud's role: clearing Cloud's leaves every mentor with it.
    await admin.slash('specialty role', { specialty: 'cloud' });
    expect(cloudy.roles()).toEqual([mentors]);
  });

  it('a role above the bot is not attempted; the member is told, and the hourly run grants it once fixed', async () => {
    const mentors = newRole('Mentors');
    await admin.slash('admin mentor-role', { role: mentors });
    world.emulator.world.updateRole(world.guild.id, mentors, { position: 'top' });
    await botSees(mentors, (position) => position === world.emulator.state.guildRoles(world.guild.id).length - 1);

    const ivy = world.user('ivy');
    const saved = await register(ivy, ['cloud']);
    expect(saved.content).toBe(
      'Your mentor profile is saved. Members can find you with `/mentors find` now.\n' +
        `I couldn't give you <@&${mentors}>: my highest role is not above it.\n` +
        'An admin can fix that; I check roles every hour and will update yours by myself.',
    );
    expect(world.emulator.restCalls(ROLE_CALL)).toEqual([]);
    expect(ivy.roles()).toEqual([]);

    world.emulator.world.updateRole(world.guild.id, botRoleId(), { position: 'top' });
    await botSees(botRoleId(), (position) => position === world.emulator.state.guildRoles(world.guild.id).length - 1);
    await nextHourlyRun();
    expect(ivy.roles()).toEqual([mentors]);
  });

  it('a grant Discord refuses with 50013 is repaired by the hourly run once the hierarchy is fixed', async () => {
    const mentors = newRole('Mentors');
    await admin.slash('admin mentor-role', { role: mentors });
    // Discord's own view differs from the bot's cache: it refuses until the admin fixes the role order.
    world.emulator.faults.discordError(ROLE_CALL, {
      count: 50,
      status: 403,
      code: 50013,
      message: 'Missing Permissions',
    });
    const ivy = world.user('ivy');
    const saved = await register(ivy, ['cloud']);
    expect(saved.content).toContain(
      `I couldn't give you <@&${mentors}>: Discord refused: I lack Manage Roles or my role is not above it.`,
    );
    expect(world.emulator.restCalls(ROLE_CALL).map((call) => call.status)).toEqual([403]);
    expect(world.logs.find('warn', 'Could not change a member role')).toMatchObject({ roleId: mentors });

    await nextHourlyRun();
    expect(ivy.roles()).toEqual([]);

    world.emulator.faults.clear();
    await nextHourlyRun();
    expect(ivy.roles()).toEqual([mentors]);
  });

  it('a grant lost to a Discord outage (5xx) is repaired by the hourly run', async () => {
    const mentors = newRole('Mentors');
    await admin.slash('admin mentor-role', { role: mentors });
    world.emulator.faults.serverError(ROLE_CALL, { count: 2, status: 502 });
    const ivy = world.user('ivy');
    expect((await register(ivy, ['cloud'])).content).toContain(
      `I couldn't give you <@&${mentors}>: Discord did not answer.`,
    );
    expect(ivy.roles()).toEqual([]);
    await nextHourlyRun();
    expect(ivy.roles()).toEqual([mentors]);
  });

  it('says so when the bot lacks Manage Roles, to the admin and in the member’s answer', async () => {
    const mentors = newRole('Mentors');
    await admin.slash('admin mentor-role', { role: mentors });
    const withoutManageRoles = DEFAULT_BOT_PERMISSIONS & ~PermissionFlagsBits.ManageRoles;
    world.emulator.world.updateRole(world.guild.id, botRoleId(), { permissions: withoutManageRoles });
    await botSees(botRoleId(), (_, permissions) => (permissions & PermissionFlagsBits.ManageRoles) === 0n);

    const refused = await admin.slash('specialty role', { specialty: 'cloud', role: newRole('Cloud') });
    expect(refused.content).toMatch(
      /^I don't have the Manage Roles permission, so I can't give <@&\d+> to anyone\. Give my role Manage Roles in Server Settings > Roles, then try again\.$/,
    );
    const ivy = world.user('ivy');
    expect((await register(ivy, ['cloud'])).content).toContain(
      `I couldn't give you <@&${mentors}>: I don't have the Manage Roles permission on this server.`,
    );
    const cleared = await admin.slash('admin mentor-role');
    expect(cleared.content).toBe('Mentors get no common role now.\nRoles checked for 1 member: 0 given, 0 taken away.');

    world.emulator.world.updateRole(world.guild.id, botRoleId(), { permissions: DEFAULT_BOT_PERMISSIONS });
    await botSees(botRoleId(), (_, permissions) => (permissions & PermissionFlagsBits.ManageRoles) !== 0n);
    await admin.slash('admin mentor-role', { role: mentors });
    expect(ivy.roles()).toEqual([mentors]);
  });

  it('the hourly run restores a mentor role removed by hand, and leaves members it manages nothing for alone', async () => {
    const mentors = newRole('Mentors');
    await admin.slash('admin mentor-role', { role: mentors });
    const [ivy, rex] = [world.user('ivy'), world.user('rex')];
    await register(ivy, ['cloud']);
    await register(rex, ['cloud']);
    await rex.slash('mentor retire');
    world.emulator.world.updateMember(world.guild.id, ivy.id, { roles: [] });
    world.emulator.world.updateMember(world.guild.id, rex.id, { roles: [mentors] });
    await nextHourlyRun();
    expect(ivy.roles()).toEqual([mentors]);
    // Rex no longer earns anything from the bot, so a role an admin gave him by hand is the admin's business.
    expect(rex.roles()).toEqual([mentors]);
    expect(world.logs.find('info', 'Reconciled mentor roles')).toMatchObject({ added: 1, removed: 0, failures: 0 });
  });

  it('never grants a role that gained moderation rights after it was chosen', async () => {
    const mentors = newRole('Mentors');
    await admin.slash('admin mentor-role', { role: mentors });
    world.emulator.world.updateRole(world.guild.id, mentors, { permissions: PermissionFlagsBits.KickMembers });
    await botSees(mentors, (_, permissions) => permissions === PermissionFlagsBits.KickMembers);
    const ivy = world.user('ivy');
    expect((await register(ivy, ['cloud'])).content).toContain(
      `I couldn't give you <@&${mentors}>: it carries Kick Members, rights I never hand out.`,
    );
    await nextHourlyRun();
    expect(ivy.roles()).toEqual([]);
    expect(world.emulator.restCalls(ROLE_CALL)).toEqual([]);
  });
});
