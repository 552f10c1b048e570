import {
  ChannelType,
  Events,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventRecurrenceRuleFrequency,
  GuildScheduledEventRecurrenceRuleWeekday,
  GuildScheduledEventStatus,
  OverwriteType,
  Partials,
  PermissionFlagsBits,
  Routes,
  type Guild,
  type GuildScheduledEventRecurrenceRuleOptions,
  type GuildScheduledEvent,
  type User,
  type VoiceState,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { nextEvent, startHarness, type Harness } from './client-harness.js';

interface World {
  harness: Harness;
  guild: Guild;
  aliceId: string;
  menteeRoleId: string;
  adminRoleId: string;
  boosterRoleId: string;
  textId: string;
  voiceId: string;
  stageId: string;
}

let world: World | undefined;

afterEach(async () => {
  await world?.harness.close();
  world = undefined;
});

/**
 * Alice is never cached (no GUILD_PRESENCES, members not fetched), so events about her reach discord.js
 * handlers only with the User partial, as with real Discord.
 */
async function startWorld(): Promise<World> {
  const ids = {
    guildId: '',
    aliceId: '',
    menteeRoleId: '',
    adminRoleId: '',
    boosterRoleId: '',
    textId: '',
    voiceId: '',
    stageId: '',
  };
  const harness = await startHarness(
    (emulator) => {
      const guild = emulator.world.createGuild({ name: 'Mentor Hub' });
      ids.guildId = guild.id;
      ids.textId = emulator.world.createChannel(guild.id, { name: 'general' }).id;
      ids.voiceId = emulator.world.createChannel(guild.id, { name: 'Office hours', type: ChannelType.GuildVoice }).id;
      ids.stageId = emulator.world.createChannel(guild.id, { name: 'Talks', type: ChannelType.GuildStageVoice }).id;
      ids.menteeRoleId = emulator.world.createRole(guild.id, { name: 'Mentee' }).id;
      ids.adminRoleId = emulator.world.createRole(guild.id, {
        name: 'Admin',
        position: 'top',
        permissions: PermissionFlagsBits.Administrator,
      }).id;
      ids.boosterRoleId = emulator.world.createRole(guild.id, { name: 'Booster', managed: true }).id;
      ids.aliceId = emulator.world.createUser({ username: 'alice' }).id;
      emulator.world.addMember(guild.id, ids.aliceId);
    },
    { client: { partials: [Partials.Channel, Partials.User] } },
  );
  const guild = harness.client.guilds.cache.get(ids.guildId);
  if (!guild) throw new Error('guild not cached');
  world = { harness, guild, ...ids };
  return world;
}

const inOneHour = () => new Date(Date.now() + 3_600_000);
const inTwoHours = () => new Date(Date.now() + 7_200_000);

describe('roles and permissions', () => {
  it('lets the bot assign roles below its own, and refuses higher and managed roles with 50013', async () => {
    const { harness, guild, aliceId, menteeRoleId, adminRoleId, boosterRoleId } = await startWorld();
    const alice = await guild.members.fetch(aliceId);
    await alice.roles.add(menteeRoleId);
    expect(harness.emulator.state.member(guild.id, aliceId)?.roles).toEqual([menteeRoleId]);

    await expect(alice.roles.add(adminRoleId)).rejects.toMatchObject({ code: 50013, status: 403 });
    await expect(alice.roles.add(boosterRoleId)).rejects.toMatchObject({ code: 50013 });
    await alice.roles.remove(menteeRoleId);
    expect(harness.emulator.state.member(guild.id, aliceId)?.roles).toEqual([]);
  });

  it('creates, edits and deletes roles within the hierarchy, and cannot grant permissions it lacks', async () => {
    const { harness, guild, adminRoleId } = await startWorld();
    const role = await guild.roles.create({
      name: 'Mentor',
      mentionable: true,
      permissions: [PermissionFlagsBits.SendMessages],
    });
    expect(harness.emulator.state.role(role.id)).toMatchObject({ name: 'Mentor', mentionable: true, position: 1 });
    await role.edit({ name: 'Senior mentor' });
    expect(harness.emulator.state.role(role.id)?.name).toBe('Senior mentor');
    await expect(
      guild.roles.create({ name: 'Boss', permissions: [PermissionFlagsBits.Administrator] }),
    ).rejects.toMatchObject({ code: 50013 });
    await expect(guild.roles.delete(adminRoleId)).rejects.toMatchObject({ code: 50013 });
    await role.delete();
    expect(harness.emulator.state.role(role.id)).toBeUndefined();
  });

  it('lets an admin drag and edit roles, the bot role included, and the client sees it', async () => {
    const { harness, guild, aliceId, menteeRoleId } = await startWorld();
    const alice = await guild.members.fetch(aliceId);
    const botRoleId = guild.members.me?.roles.highest.id ?? '';
    const moved = nextEvent(harness.client, Events.GuildRoleUpdate);
    harness.emulator.world.updateRole(guild.id, menteeRoleId, { position: 'top' });
    await moved;
    expect(guild.roles.cache.get(menteeRoleId)?.comparePositionTo(botRoleId)).toBeGreaterThan(0);
    await expect(alice.roles.add(menteeRoleId)).rejects.toMatchObject({ code: 50013 });

    harness.emulator.world.updateRole(guild.id, botRoleId, { position: 'top' });
    await harness.emulator.waitFor(() => (guild.roles.cache.get(botRoleId)?.comparePositionTo(menteeRoleId) ?? 0) > 0);
    await alice.roles.add(menteeRoleId);
    const stripped = nextEvent(harness.client, Events.GuildRoleUpdate);
    harness.emulator.world.updateRole(guild.id, botRoleId, { permissions: PermissionFlagsBits.SendMessages });
    await stripped;
    expect(guild.members.me?.permissions.has(PermissionFlagsBits.ManageRoles)).toBe(false);
    await expect(alice.roles.remove(menteeRoleId)).rejects.toMatchObject({ code: 50013 });
  });

  it("serves the guild's custom emojis, and answers 10014 for an unknown one", async () => {
    const { harness, guild } = await startWorld();
    const python = harness.emulator.world.createEmoji(guild.id, { name: 'python', animated: true });
    expect(await harness.client.rest.get(Routes.guildEmoji(guild.id, python.id))).toMatchObject({
      id: python.id,
      name: 'python',
      animated: true,
    });
    expect(await harness.client.rest.get(Routes.guildEmojis(guild.id))).toHaveLength(1);
    await expect(harness.client.rest.get(Routes.guildEmoji(guild.id, '123456789012345678'))).rejects.toMatchObject({
      code: 10014,
    });
  });

  it('answers an armed Discord error once, then serves the call again', async () => {
    const { harness, guild, aliceId, menteeRoleId } = await startWorld();
    harness.emulator.faults.discordError('PUT /guilds/:guildId/members/:userId/roles/:roleId', {
      status: 403,
      code: 50013,
      message: 'Missing Permissions',
    });
    await expect(guild.members.addRole({ user: aliceId, role: menteeRoleId })).rejects.toMatchObject({ code: 50013 });
    await guild.members.addRole({ user: aliceId, role: menteeRoleId });
    expect(harness.emulator.state.member(guild.id, aliceId)?.roles).toEqual([menteeRoleId]);
  });

  it('records permission overwrites and announces the channel update', async () => {
    const { harness, guild, textId, menteeRoleId, aliceId } = await startWorld();
    const channel = guild.channels.cache.get(textId);
    if (!channel || channel.type !== ChannelType.GuildText) throw new Error('no text channel');
    await channel.permissionOverwrites.create(menteeRoleId, { ViewChannel: false });
    await channel.permissionOverwrites.create(
      aliceId,
      { ViewChannel: true, SendMessages: true },
      { type: OverwriteType.Member },
    );
    expect(harness.emulator.state.channel(textId)?.overwrites).toEqual([
      { id: menteeRoleId, type: OverwriteType.Role, allow: 0n, deny: PermissionFlagsBits.ViewChannel },
      {
        id: aliceId,
        type: OverwriteType.Member,
        allow: PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages,
        deny: 0n,
      },
    ]);
    await channel.permissionOverwrites.delete(menteeRoleId);
    await harness.emulator.waitFor(() => channel.permissionOverwrites.cache.size === 1);
    await expect(
      channel.permissionOverwrites.create(aliceId, { ManageGuild: true }, { type: OverwriteType.Member }),
    ).rejects.toMatchObject({ code: 50013 });
  });

  it('creates guild channels with overwrites, under a category, and refuses what the bot cannot grant', async () => {
    const { harness, guild, menteeRoleId } = await startWorld();
    const category = await guild.channels.create({ name: 'Sessions', type: ChannelType.GuildCategory });
    const room = await guild.channels.create({
      name: 'alice-and-bob',
      type: ChannelType.GuildVoice,
      parent: category.id,
      permissionOverwrites: [{ id: guild.id, deny: [PermissionFlagsBits.ViewChannel] }],
    });
    expect(harness.emulator.state.channel(room.id)).toMatchObject({
      name: 'alice-and-bob',
      type: ChannelType.GuildVoice,
      parentId: category.id,
      overwrites: [{ id: guild.id, type: OverwriteType.Role, allow: 0n, deny: PermissionFlagsBits.ViewChannel }],
    });
    await harness.emulator.waitFor(() => guild.channels.cache.has(room.id));
    await expect(
      guild.channels.create({
        name: 'x',
        permissionOverwrites: [{ id: menteeRoleId, allow: [PermissionFlagsBits.Administrator] }],
      }),
    ).rejects.toMatchObject({ code: 50013 });
  });

  it('validates command registrations', async () => {
    const { harness, guild } = await startWorld();
    await expect(
      harness.client.application?.commands.set([{ name: 'Bad Name', description: 'x' }], guild.id),
    ).rejects.toMatchObject({
      code: 50035,
      rawError: { errors: { 0: { name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME' }] } } } },
    });
    await harness.client.application?.commands.set([{ name: 'ping', description: 'Ping' }], guild.id);
    await harness.client.application?.commands.set([{ name: 'ping', description: 'Ping again' }], guild.id);
    const commands = harness.emulator.state.registeredCommands(guild.id);
    expect(commands.map((command) => command.definition)).toEqual([
      expect.objectContaining({ description: 'Ping again' }),
    ]);
  });

  it('validates localizations and lists them only when asked with_localizations', async () => {
    const { harness, guild } = await startWorld();
    await expect(
      harness.client.application?.commands.set(
        [{ name: 'ping', description: 'Ping', nameLocalizations: { 'pt-BR': 'Ping Pong' } }],
        guild.id,
      ),
    ).rejects.toMatchObject({
      code: 50035,
      rawError: {
        errors: { 0: { name_localizations: { 'pt-BR': { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME' }] } } } },
      },
    });
    await expect(
      harness.client.application?.commands.set(
        [{ name: 'ping', description: 'Ping', descriptionLocalizations: { 'xx-YY': 'Ping' } as never }],
        guild.id,
      ),
    ).rejects.toMatchObject({ code: 50035 });
    await harness.client.application?.commands.set(
      [{ name: 'ping', description: 'Ping', nameLocalizations: { 'pt-BR': 'pingue' } }],
      guild.id,
    );
    const route = `/applications/${harness.emulator.applicationId}/guilds/${guild.id}/commands`;
    const plain = (await harness.client.rest.get(route as `/${string}`)) as { name_localizations?: unknown }[];
    const localized = (await harness.client.rest.get(route as `/${string}`, {
      query: new URLSearchParams({ with_localizations: 'true' }),
    })) as { name_localizations?: unknown }[];
    expect(plain[0]?.name_localizations).toBeUndefined();
    expect(localized[0]?.name_localizations).toEqual({ 'pt-BR': 'pingue' });
  });
});

describe('scheduled events', () => {
  it('requires location and end time for external events and a channel of the right type for voice/stage', async () => {
    const { guild, textId, voiceId, stageId } = await startWorld();
    const base = {
      name: 'Office hour',
      scheduledStartTime: inOneHour(),
      privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
    };
    await expect(
      guild.scheduledEvents.create({ ...base, entityType: GuildScheduledEventEntityType.External }),
    ).rejects.toMatchObject({
      code: 50035,
      rawError: { errors: { scheduled_end_time: { _errors: [{ code: 'BASE_TYPE_REQUIRED' }] } } },
    });
    await expect(
      guild.scheduledEvents.create({ ...base, entityType: GuildScheduledEventEntityType.Voice, channel: textId }),
    ).rejects.toMatchObject({
      rawError: { errors: { channel_id: { _errors: [{ code: 'GUILD_SCHEDULED_EVENT_CHANNEL_TYPE_INVALID' }] } } },
    });
    await expect(
      guild.scheduledEvents.create({
        ...base,
        entityType: GuildScheduledEventEntityType.StageInstance,
        channel: voiceId,
      }),
    ).rejects.toMatchObject({ code: 50035 });

    const external = await guild.scheduledEvents.create({
      ...base,
      entityType: GuildScheduledEventEntityType.External,
      scheduledEndTime: inTwoHours(),
      entityMetadata: { location: 'https://meet.example/office-hour' },
    });
    expect(external.entityMetadata?.location).toBe('https://meet.example/office-hour');
    const stage = await guild.scheduledEvents.create({
      ...base,
      entityType: GuildScheduledEventEntityType.StageInstance,
      channel: stageId,
    });
    expect(stage.channelId).toBe(stageId);
  });

  it('moves status only SCHEDULED → ACTIVE → COMPLETED or SCHEDULED → CANCELED', async () => {
    const { harness, guild, voiceId } = await startWorld();
    const create = () =>
      guild.scheduledEvents.create({
        name: 'Session',
        scheduledStartTime: inOneHour(),
        privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
        entityType: GuildScheduledEventEntityType.Voice,
        channel: voiceId,
      });
    const session = await create();
    await expect(session.setStatus(GuildScheduledEventStatus.Completed)).rejects.toMatchObject({
      rawError: { errors: { status: { _errors: [{ code: 'GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION' }] } } },
    });
    await session.setStatus(GuildScheduledEventStatus.Active);
    await session.setStatus(GuildScheduledEventStatus.Completed);
    await expect(session.setStatus(GuildScheduledEventStatus.Active)).rejects.toMatchObject({ code: 50035 });
    expect(harness.emulator.state.scheduledEvent(session.id)?.status).toBe(GuildScheduledEventStatus.Completed);

    const other = await create();
    await other.setStatus(GuildScheduledEventStatus.Canceled);
    // discord.js's types forbid going back to SCHEDULED; a raw request shows Discord refuses it too.
    const back = { body: { status: GuildScheduledEventStatus.Scheduled } };
    await expect(harness.client.rest.patch(Routes.guildScheduledEvent(guild.id, other.id), back)).rejects.toMatchObject(
      {
        code: 50035,
      },
    );
  });

  it('accepts a recurrence rule without count or end, and refuses one with them', async () => {
    const { guild, voiceId } = await startWorld();
    const start = inOneHour();
    const weekly: GuildScheduledEventRecurrenceRuleOptions = {
      startAt: start,
      frequency: GuildScheduledEventRecurrenceRuleFrequency.Weekly,
      interval: 1,
      byWeekday: [GuildScheduledEventRecurrenceRuleWeekday.Monday],
    };
    const event = await guild.scheduledEvents.create({
      name: 'Weekly office hour',
      scheduledStartTime: start,
      privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
      entityType: GuildScheduledEventEntityType.Voice,
      channel: voiceId,
      recurrenceRule: weekly,
    });
    expect(event.recurrenceRule?.frequency).toBe(GuildScheduledEventRecurrenceRuleFrequency.Weekly);
    await expect(
      harness().client.rest.post(`/guilds/${guild.id}/scheduled-events`, {
        body: {
          name: 'Ten sessions',
          scheduled_start_time: start.toISOString(),
          privacy_level: 2,
          entity_type: 2,
          channel_id: voiceId,
          recurrence_rule: { start: start.toISOString(), frequency: 2, interval: 1, by_weekday: [0], count: 10 },
        },
      }),
    ).rejects.toMatchObject({
      rawError: {
        errors: {
          recurrence_rule: {
            count: { _errors: [{ code: 'GUILD_SCHEDULED_EVENT_RECURRENCE_RULE_FIELD_NOT_SETTABLE' }] },
          },
        },
      },
    });
  });

  it('dispatches interest changes, lists subscribers, and announces status changes', async () => {
    const { harness, guild, aliceId, voiceId } = await startWorld();
    const event = await guild.scheduledEvents.create({
      name: 'Pairing',
      scheduledStartTime: inOneHour(),
      privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
      entityType: GuildScheduledEventEntityType.Voice,
      channel: voiceId,
    });
    const added = nextEvent<[GuildScheduledEvent, User]>(harness.client, Events.GuildScheduledEventUserAdd);
    harness.emulator.events.scheduledEventUserAdd(event.id, aliceId);
    const [subscribedTo, user] = await added;
    expect([subscribedTo.id, user.id]).toEqual([event.id, aliceId]);
    const subscribers = await event.fetchSubscribers();
    expect([...subscribers.keys()]).toEqual([aliceId]);

    const updated = nextEvent<[GuildScheduledEvent | null, GuildScheduledEvent]>(
      harness.client,
      Events.GuildScheduledEventUpdate,
    );
    harness.emulator.events.scheduledEventUpdate(event.id, { status: GuildScheduledEventStatus.Active });
    const [, after] = await updated;
    expect(after.status).toBe(GuildScheduledEventStatus.Active);
  });
});

describe('voice', () => {
  it('dispatches VOICE_STATE_UPDATE on join and leave', async () => {
    const { harness, guild, aliceId, voiceId } = await startWorld();
    const joined = nextEvent<[VoiceState, VoiceState]>(harness.client, Events.VoiceStateUpdate);
    harness.emulator.events.voiceStateUpdate({ guildId: guild.id, userId: aliceId, channelId: voiceId });
    const [, now] = await joined;
    expect(now.channelId).toBe(voiceId);
    expect(guild.channels.cache.get(voiceId)?.members).toHaveProperty('size', 1);

    const left = nextEvent<[VoiceState, VoiceState]>(harness.client, Events.VoiceStateUpdate);
    harness.emulator.events.voiceStateUpdate({ guildId: guild.id, userId: aliceId, channelId: null });
    const [before, after] = await left;
    expect([before.channelId, after.channelId]).toEqual([voiceId, null]);
  });
});

function harness(): Harness {
  if (!world) throw new Error('no world');
  return world.harness;
}
