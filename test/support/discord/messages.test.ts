import {
  ButtonStyle,
  ChannelType,
  ComponentType,
  ContainerBuilder,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  TextDisplayBuilder,
  ThreadAutoArchiveDuration,
  type Message,
  type TextChannel,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { nextEvent, startHarness, type Harness } from './client-harness.js';
import { DEFAULT_BOT_PERMISSIONS } from './permissions.js';

interface World {
  harness: Harness;
  guildId: string;
  channel: TextChannel;
  aliceId: string;
  closedId: string;
  strangerId: string;
  mentorRoleId: string;
  quietRoleId: string;
}

let world: World | undefined;

afterEach(async () => {
  await world?.harness.close();
  world = undefined;
});

async function startWorld(options: { rest?: { retries?: number } } = {}): Promise<World> {
  const ids = {
    guildId: '',
    channelId: '',
    aliceId: '',
    closedId: '',
    strangerId: '',
    mentorRoleId: '',
    quietRoleId: '',
  };
  const harness = await startHarness(
    (emulator) => {
      const guild = emulator.world.createGuild({
        name: 'Mentor Hub',
        botPermissions: DEFAULT_BOT_PERMISSIONS | PermissionFlagsBits.MentionEveryone,
      });
      ids.guildId = guild.id;
      ids.channelId = emulator.world.createChannel(guild.id, { name: 'general' }).id;
      ids.mentorRoleId = emulator.world.createRole(guild.id, { name: 'Mentor', mentionable: true }).id;
      ids.quietRoleId = emulator.world.createRole(guild.id, { name: 'Quiet' }).id;
      ids.aliceId = emulator.world.createUser({ username: 'alice' }).id;
      ids.closedId = emulator.world.createUser({ username: 'closed', dmsOpen: false }).id;
      ids.strangerId = emulator.world.createUser({ username: 'stranger' }).id;
      emulator.world.addMember(guild.id, ids.aliceId);
      emulator.world.addMember(guild.id, ids.closedId);
    },
    { client: { rest: { retries: options.rest?.retries ?? 0 } } },
  );
  const channel = harness.client.channels.cache.get(ids.channelId) as TextChannel;
  world = { harness, channel, ...ids };
  return world;
}

describe('messages', () => {
  it('rejects a 2001-character message with 50035 at `content`, and the client keeps working', async () => {
    const { harness, channel } = await startWorld();
    const error = (await channel.send('x'.repeat(2001)).catch((caught: unknown) => caught)) as DiscordAPIError;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error.code).toBe(50035);
    expect(error.status).toBe(400);
    expect(error.rawError).toMatchObject({
      message: 'Invalid Form Body',
      errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] } },
    });
    const sent = await channel.send('x'.repeat(2000));
    expect(harness.emulator.state.messagesIn(channel.id).map((message) => message.id)).toEqual([sent.id]);
    expect(harness.clientErrors).toEqual([]);
  });

  it('enforces embed and component limits with field paths', async () => {
    const { channel } = await startWorld();
    // Plain objects: the builders would refuse these before they reach Discord.
    const tooManyFields = {
      title: 'Mentors',
      fields: Array.from({ length: 26 }, (_, index) => ({ name: `f${index}`, value: 'v' })),
    };
    await expect(channel.send({ embeds: [tooManyFields] })).rejects.toMatchObject({
      code: 50035,
      rawError: { errors: { embeds: { 0: { fields: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } } },
    });
    const huge = Array.from({ length: 2 }, () => new EmbedBuilder().setDescription('d'.repeat(3500)));
    await expect(channel.send({ embeds: huge })).rejects.toMatchObject({
      rawError: { errors: { embeds: { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED' }] } } },
    });
    const sixButtons = {
      type: ComponentType.ActionRow,
      components: Array.from({ length: 6 }, (_, index) => ({
        type: ComponentType.Button,
        custom_id: `b${index}`,
        label: 'b',
        style: ButtonStyle.Primary,
      })),
    };
    await expect(channel.send({ content: 'pick', components: [sixButtons] })).rejects.toMatchObject({
      rawError: { errors: { components: { 0: { components: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH' }] } } } } },
    });
  });

  it('refuses a select option or button whose emoji is not exactly one emoji', async () => {
    const { channel } = await startWorld();
    const select = (emoji: unknown) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: 'pick',
          options: [
            { label: 'Python', value: 'python', emoji },
            { label: 'Cloud', value: 'cloud', emoji: { name: '☁️' } },
          ],
        },
      ],
    });
    for (const bad of [{ name: '🐍%' }, { name: 'snake' }, { name: '🐍🐍' }, { id: 'x', name: 'py' }]) {
      await expect(channel.send({ content: 'pick', components: [select(bad)] })).rejects.toMatchObject({
        rawError: {
          errors: {
            components: {
              0: {
                components: {
                  0: { options: { 0: { emoji: { name: { _errors: [{ code: 'BUTTON_COMPONENT_INVALID_EMOJI' }] } } } } },
                },
              },
            },
          },
        },
      });
    }
    for (const good of [{ name: '🐍' }, { name: '☁' }, { name: '👩🏽‍💻' }, { id: '123456789012345678', name: 'py' }]) {
      await channel.send({ content: 'pick', components: [select(good)] });
    }
    const button = { type: ComponentType.Button, custom_id: 'b', style: ButtonStyle.Primary, emoji: { name: 'ok' } };
    await expect(
      channel.send({ content: 'press', components: [{ type: ComponentType.ActionRow, components: [button] }] }),
    ).rejects.toMatchObject({ code: 50035 });
  });

  it('applies the Components V2 rules: no content beside it, and the flag stays on edits', async () => {
    const { harness, channel } = await startWorld();
    const container = new ContainerBuilder().addTextDisplayComponents(
      new TextDisplayBuilder().setContent('Office hours today'),
    );
    await expect(
      channel.send({ content: 'hi', components: [container], flags: MessageFlags.IsComponentsV2 }),
    ).rejects.toMatchObject({
      rawError: { errors: { content: { _errors: [{ code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2' }] } } },
    });

    const sent = await channel.send({ components: [container], flags: MessageFlags.IsComponentsV2 });
    const edited = await sent.edit({ components: [new TextDisplayBuilder().setContent('Moved to tomorrow')] });
    expect(edited.flags.has(MessageFlags.IsComponentsV2)).toBe(true);
    const stored = harness.emulator.state.message(sent.id);
    expect(stored?.components).toEqual([expect.objectContaining({ content: 'Moved to tomorrow' })]);
    expect(stored?.history).toHaveLength(1);
  });

  it('records who a message pings, following allowed_mentions, mentionable roles and MENTION_EVERYONE', async () => {
    const { harness, channel, aliceId, mentorRoleId, quietRoleId } = await startWorld();
    const text = `@everyone <@&${mentorRoleId}> <@&${quietRoleId}> <@${aliceId}>`;
    const state = harness.emulator.state;

    const all = await channel.send(text);
    // Quiet is not mentionable, but the bot may mention everyone here, which covers any role.
    expect(state.message(all.id)?.pings).toEqual({
      users: [aliceId],
      roles: [mentorRoleId, quietRoleId],
      everyone: true,
    });

    const none = await channel.send({ content: text, allowedMentions: { parse: [] } });
    expect(state.message(none.id)?.pings).toEqual({ users: [], roles: [], everyone: false });

    const onlyAlice = await channel.send({ content: text, allowedMentions: { users: [aliceId] } });
    expect(state.message(onlyAlice.id)?.pings).toEqual({ users: [aliceId], roles: [], everyone: false });

    await expect(
      channel.send({ content: text, allowedMentions: { parse: ['users'], users: [aliceId] } }),
    ).rejects.toMatchObject({ code: 50035 });
  });

  it('interaction responses only parse user mentions by default', async () => {
    const { harness, channel, aliceId, mentorRoleId, guildId } = await startWorld();
    await harness.client.application?.commands.set([{ name: 'announce', description: 'Announce' }], guildId);
    harness.client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) void interaction.reply(`@everyone <@&${mentorRoleId}> <@${aliceId}>`);
    });
    const reply = await harness.emulator.interactions
      .chatInput({ userId: aliceId, channelId: channel.id, name: 'announce' })
      .reply();
    expect(reply.kind === 'message' && reply.message.pings).toEqual({ users: [aliceId], roles: [], everyone: false });
  });

  it('refuses DMs to users with closed DMs, bots and strangers with 50007, and stores the others', async () => {
    const { harness, aliceId, closedId, strangerId } = await startWorld();
    const { client, emulator } = harness;
    const botFriend = emulator.world.createUser({ username: 'other-bot', bot: true });

    await (await client.users.fetch(aliceId)).send('Your session starts in 10 minutes');
    expect(emulator.state.dmsTo(aliceId).map((message) => message.content)).toEqual([
      'Your session starts in 10 minutes',
    ]);
    for (const userId of [closedId, strangerId, botFriend.id]) {
      await expect((await client.users.fetch(userId)).send('hi')).rejects.toMatchObject({ code: 50007, status: 403 });
    }
    expect(emulator.state.dmsTo(closedId)).toEqual([]);
  });

  it('creates threads from a message and standalone, and tracks their members', async () => {
    const { harness, channel, aliceId } = await startWorld();
    const { emulator } = harness;
    const request = await channel.send('Mentorship request: alice and bob');
    const thread = await request.startThread({
      name: 'alice-bob',
      autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek,
    });
    await thread.members.add(aliceId);
    await thread.send('Welcome!');

    expect(thread.id).toBe(request.id);
    expect(emulator.state.threads(channel.guildId, channel.id).map((t) => t.name)).toEqual(['alice-bob']);
    expect(emulator.state.threadMemberIds(thread.id).sort()).toEqual([aliceId, emulator.botUser.id].sort());
    expect(emulator.state.message(request.id)?.threadId).toBe(thread.id);
    expect(emulator.state.messagesIn(thread.id).map((message) => message.content)).toEqual(['Welcome!']);
    await expect(request.startThread({ name: 'again' })).rejects.toMatchObject({ code: 160004 });

    const privateThread = await channel.threads.create({ name: 'private-notes', type: ChannelType.PrivateThread });
    expect(privateThread.type).toBe(ChannelType.PrivateThread);
    const members = await privateThread.members.fetch();
    expect([...members.keys()]).toEqual([emulator.botUser.id]);
  });

  it('answers 429 with retry_after when asked to, and discord.js retries after it', async () => {
    const { harness, channel } = await startWorld();
    const { emulator } = harness;
    emulator.faults.rateLimit('POST /channels/:channelId/messages', { count: 1, retryAfterMs: 120 });
    const started = Date.now();
    await channel.send('after the limit');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    const calls = emulator.restCalls('POST /channels/:channelId/messages');
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    expect(calls[0]?.responseBody).toMatchObject({ retry_after: 0.12, global: false });
  });

  it('sends rate-limit headers on every response', async () => {
    const { harness, channel } = await startWorld();
    const response = await fetch(`${harness.emulator.restBaseUrl}/v10/channels/${channel.id}/messages`, {
      headers: { Authorization: `Bot ${harness.emulator.botToken}` },
    });
    for (const header of [
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'x-ratelimit-reset-after',
      'x-ratelimit-bucket',
    ]) {
      expect(response.headers.get(header), header).not.toBeNull();
    }
    const unauthorized = await fetch(`${harness.emulator.restBaseUrl}/v10/users/@me`, {
      headers: { Authorization: 'Bot nope' },
    });
    expect(unauthorized.status).toBe(401);
  });

  it('strips content from guild messages without MESSAGE_CONTENT, unless the bot is mentioned', async () => {
    const ids = { channelId: '', aliceId: '' };
    const harness = await startHarness(
      (emulator) => {
        const guild = emulator.world.createGuild({ name: 'Mentor Hub' });
        ids.channelId = emulator.world.createChannel(guild.id, { name: 'general' }).id;
        ids.aliceId = emulator.world.createUser({ username: 'alice' }).id;
        emulator.world.addMember(guild.id, ids.aliceId);
      },
      { client: { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] } },
    );
    try {
      const { events, botUser } = harness.emulator;
      const plain = nextEvent<[Message]>(harness.client, Events.MessageCreate);
      events.messageCreate({ channelId: ids.channelId, authorId: ids.aliceId, content: 'just chatting' });
      expect((await plain)[0].content).toBe('');
      const mention = nextEvent<[Message]>(harness.client, Events.MessageCreate);
      events.messageCreate({ channelId: ids.channelId, authorId: ids.aliceId, content: `<@${botUser.id}> help` });
      expect((await mention)[0].content).toBe(`<@${botUser.id}> help`);
    } finally {
      await harness.close();
    }
  });

  it('delivers user messages as MESSAGE_CREATE with content (MESSAGE_CONTENT intent)', async () => {
    const { harness, channel, aliceId } = await startWorld();
    const received = nextEvent<[Message]>(harness.client, Events.MessageCreate);
    harness.emulator.events.messageCreate({
      channelId: channel.id,
      authorId: aliceId,
      content: 'Is anyone free for a review?',
    });
    const [message] = await received;
    expect(message.content).toBe('Is anyone free for a review?');
    expect(message.author.id).toBe(aliceId);
    expect(message.member?.id).toBe(aliceId);
  });
});
