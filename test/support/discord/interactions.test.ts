import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayOpcodes,
  GuildMember,
  InteractionResponseType,
  MessageType,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  Routes,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  UserSelectMenuBuilder,
  type Interaction,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { nextEvent, startHarness, type Harness } from './client-harness.js';
import type { DiscordEmulatorOptions, InteractionReply, MessageView } from './index.js';

const MENTORS_COMMAND = {
  name: 'mentors',
  description: 'Find and manage mentors',
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'find',
      description: 'Search mentors',
      options: [
        { type: ApplicationCommandOptionType.String, name: 'skill', description: 'Skill', required: true },
        {
          type: ApplicationCommandOptionType.Integer,
          name: 'limit',
          description: 'How many',
          min_value: 1,
          max_value: 10,
        },
        { type: ApplicationCommandOptionType.User, name: 'mentor', description: 'A mentor' },
        { type: ApplicationCommandOptionType.String, name: 'language', description: 'Language', autocomplete: true },
      ],
    },
    {
      type: ApplicationCommandOptionType.SubcommandGroup,
      name: 'admin',
      description: 'Administration',
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'grant',
          description: 'Grant a role',
          options: [
            { type: ApplicationCommandOptionType.Role, name: 'role', description: 'Role', required: true },
            {
              type: ApplicationCommandOptionType.Channel,
              name: 'channel',
              description: 'Channel',
              channel_types: [ChannelType.GuildText],
            },
          ],
        },
      ],
    },
  ],
} satisfies RESTPostAPIApplicationCommandsJSONBody;

const PING_COMMAND = { name: 'ping', description: 'Ping' } satisfies RESTPostAPIApplicationCommandsJSONBody;
const THANK_COMMAND = {
  name: 'Thank for this help',
  type: ApplicationCommandType.Message,
} satisfies RESTPostAPIApplicationCommandsJSONBody;

interface World {
  harness: Harness;
  guildId: string;
  channelId: string;
  aliceId: string;
  bobId: string;
  roleId: string;
  /** Errors thrown by the handlers under test (a rejected reply shows up here). */
  handlerErrors: unknown[];
}

let world: World | undefined;

afterEach(async () => {
  await world?.harness.close();
  world = undefined;
});

/** A guild with two members, the bot logged in, commands registered, and `handle` answering interactions. */
async function startWorld(
  handle: (interaction: Interaction, world: World) => Promise<unknown>,
  emulatorOptions: DiscordEmulatorOptions = {},
): Promise<World> {
  const ids = { guildId: '', channelId: '', aliceId: '', bobId: '', roleId: '' };
  const harness = await startHarness(
    (emulator) => {
      const guild = emulator.world.createGuild({ name: 'Mentor Hub' });
      ids.guildId = guild.id;
      ids.channelId = emulator.world.createChannel(guild.id, { name: 'general' }).id;
      ids.roleId = emulator.world.createRole(guild.id, { name: 'Mentor' }).id;
      ids.aliceId = emulator.world.createUser({ username: 'alice' }).id;
      ids.bobId = emulator.world.createUser({ username: 'bob' }).id;
      emulator.world.addMember(guild.id, ids.aliceId);
      emulator.world.addMember(guild.id, ids.bobId, { roles: [ids.roleId] });
    },
    { emulator: emulatorOptions },
  );
  const created: World = { harness, ...ids, handlerErrors: [] };
  await harness.client.application?.commands.set([MENTORS_COMMAND, PING_COMMAND, THANK_COMMAND], ids.guildId);
  harness.client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction, created).catch((error: unknown) => created.handlerErrors.push(error));
  });
  world = created;
  return created;
}

function asMessage(reply: InteractionReply): MessageView {
  if (reply.kind !== 'message' && reply.kind !== 'update') throw new Error(`Expected a message, got a ${reply.kind}`);
  return reply;
}

const requestRow = () =>
  new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId('request:42').setLabel('Request').setStyle(ButtonStyle.Primary),
    new ButtonBuilder().setCustomId('bio').setLabel('Edit bio').setStyle(ButtonStyle.Secondary),
  );

describe('interactions', () => {
  it('delivers a slash command with subcommand, typed options and resolved user; the reply is stored and checked', async () => {
    const { harness, guildId, channelId, aliceId, bobId } = await startWorld(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const mentor = interaction.options.getUser('mentor', true);
      const member = interaction.options.getMember('mentor');
      await interaction.reply({
        content: `${interaction.options.getSubcommand()} ${interaction.options.getString('skill', true)} x${interaction.options.getInteger('limit') ?? 0}: ${mentor.username} (${member instanceof GuildMember ? member.roles.cache.size : 0} roles)`,
        embeds: [new EmbedBuilder().setTitle('Mentors').setDescription('One match')],
        components: [requestRow()],
      });
    });
    const handle = harness.emulator.interactions.chatInput({
      userId: aliceId,
      channelId,
      name: 'mentors find',
      options: { skill: 'typescript', limit: 3, mentor: bobId },
    });
    const reply = asMessage(await handle.reply());

    // @everyone and Mentor: the member arrived resolved, with roles.
    expect(reply.content).toBe('find typescript x3: bob (2 roles)');
    expect(reply.embeds).toEqual([expect.objectContaining({ title: 'Mentors', description: 'One match' })]);
    expect(reply.ephemeral).toBe(false);
    expect(harness.emulator.state.messagesIn(channelId)).toEqual([reply.message]);
    expect(reply.message.interaction).toMatchObject({ userId: aliceId, commandName: 'mentors find' });
    expect(handle.payload).toMatchObject({
      guild_id: guildId,
      channel: { id: channelId },
      member: { user: { id: aliceId } },
      data: {
        name: 'mentors',
        options: [
          {
            name: 'find',
            type: 1,
            options: expect.arrayContaining([{ name: 'skill', type: 3, value: 'typescript' }]) as unknown,
          },
        ],
        resolved: { users: { [bobId]: expect.objectContaining({ username: 'bob' }) as unknown } },
      },
    });
    const [callback] = harness.emulator.restCalls('POST /interactions/:interactionId/:token/callback');
    expect(callback).toMatchObject({ status: 204, query: { with_response: 'false' }, body: { type: 4 } });
    expect(harness.clientErrors).toEqual([]);
  });

  it("runs a message command on a member's message: target_id and the resolved message, answered as a context-menu reply", async () => {
    const { harness, guildId, channelId, aliceId, bobId } = await startWorld(async (interaction) => {
      if (!interaction.isMessageContextMenuCommand()) return;
      const target = interaction.targetMessage;
      await interaction.reply({
        content: `${interaction.commandName}: ${target.author.username} wrote "${target.content}"`,
      });
    });
    const post = harness.emulator.events.messageCreate({ authorId: bobId, channelId, content: 'Try `git bisect`' });
    const handle = harness.emulator.interactions.messageCommand({
      userId: aliceId,
      message: post,
      name: 'Thank for this help',
    });
    const reply = asMessage(await handle.reply());
    expect(reply.content).toBe('Thank for this help: bob wrote "Try `git bisect`"');
    expect(reply.message.type).toBe(MessageType.ContextMenuCommand);
    expect(handle.payload).toMatchObject({
      guild_id: guildId,
      data: {
        name: 'Thank for this help',
        type: ApplicationCommandType.Message,
        target_id: post.id,
        resolved: { messages: { [post.id]: { id: post.id, author: { id: bobId } } } },
      },
    });
    expect(() =>
      harness.emulator.interactions.messageCommand({ userId: aliceId, message: post, name: 'ping' }),
    ).toThrow('is not registered');
    expect(harness.clientErrors).toEqual([]);
  });

  it('resolves roles and channels through a subcommand group', async () => {
    const { harness, channelId, aliceId, roleId } = await startWorld(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const role = interaction.options.getRole('role', true);
      const channel = interaction.options.getChannel('channel', true);
      await interaction.reply(
        `${interaction.options.getSubcommandGroup() ?? ''}/${interaction.options.getSubcommand()}: ${role.name} in #${channel.name ?? ''}`,
      );
    });
    const reply = await harness.emulator.interactions
      .chatInput({
        userId: aliceId,
        channelId,
        name: 'mentors admin grant',
        options: { role: roleId, channel: channelId },
      })
      .reply();
    expect(asMessage(reply).content).toBe('admin/grant: Mentor in #general');
  });

  it('answers autocomplete with the focused option and records the choices', async () => {
    const { harness, channelId, aliceId } = await startWorld(async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const focused = interaction.options.getFocused(true);
      const languages = ['German', 'Greek', 'English'].filter((language) =>
        language.toLowerCase().startsWith(focused.value),
      );
      await interaction.respond(
        languages.map((language) => ({ name: `${focused.name}: ${language}`, value: language })),
      );
    });
    const reply = await harness.emulator.interactions
      .autocomplete({
        userId: aliceId,
        channelId,
        name: 'mentors find',
        options: { skill: 'ts', language: 'g' },
        focused: 'language',
      })
      .reply();
    expect(reply).toEqual({
      kind: 'autocomplete',
      choices: [
        { name: 'language: German', value: 'German' },
        { name: 'language: Greek', value: 'Greek' },
      ],
    });
  });

  it('clicks a button on a stored message and sees the message updated (type 7)', async () => {
    const { harness, channelId, aliceId, bobId } = await startWorld(async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply({ content: 'Pick one', components: [requestRow()] });
      if (interaction.isButton()) {
        await interaction.update({
          content: `Requested ${interaction.customId} by ${interaction.user.username}`,
          components: [],
        });
      }
    });
    const first = asMessage(
      await harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' }).reply(),
    );
    const click = harness.emulator.interactions.button({
      userId: bobId,
      message: first.message,
      customId: 'request:42',
    });
    const updated = await click.reply();

    expect(updated.kind).toBe('update');
    expect(asMessage(updated).content).toBe('Requested request:42 by bob');
    expect(asMessage(updated).message.id).toBe(first.message.id);
    expect(first.message.components).toEqual([]);
    expect(first.message.history.map((version) => version.content)).toEqual(['Pick one']);
    expect(click.payload).toMatchObject({
      message: { id: first.message.id },
      data: { custom_id: 'request:42', component_type: 2 },
    });
  });

  it('sends string and user select values with resolved users', async () => {
    const { harness, channelId, aliceId, bobId } = await startWorld(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          content: 'Choose',
          components: [
            new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
              new StringSelectMenuBuilder()
                .setCustomId('topics')
                .setMinValues(1)
                .setMaxValues(2)
                .addOptions(
                  { label: 'Career', value: 'career' },
                  { label: 'Code review', value: 'review' },
                  { label: 'Interviews', value: 'interviews' },
                ),
            ),
            new ActionRowBuilder<UserSelectMenuBuilder>().addComponents(new UserSelectMenuBuilder().setCustomId('who')),
          ],
        });
      }
      if (interaction.isStringSelectMenu())
        await interaction.reply({ content: interaction.values.join('+'), flags: MessageFlags.Ephemeral });
      if (interaction.isUserSelectMenu())
        await interaction.reply(`picked ${interaction.users.first()?.username ?? '?'}`);
    });
    const { interactions } = harness.emulator;
    const menu = asMessage(await interactions.chatInput({ userId: aliceId, channelId, name: 'ping' }).reply()).message;

    const topics = asMessage(
      await interactions
        .select({ userId: aliceId, message: menu, customId: 'topics', values: ['career', 'review'] })
        .reply(),
    );
    expect(topics).toMatchObject({ content: 'career+review', ephemeral: true });
    expect(topics.message.visibleTo).toBe(aliceId);
    const who = asMessage(
      await interactions.select({ userId: aliceId, message: menu, customId: 'who', values: [bobId] }).reply(),
    );
    expect(who.content).toBe('picked bob');
    expect(() =>
      interactions.select({
        userId: aliceId,
        message: menu,
        customId: 'topics',
        values: ['career', 'review', 'interviews'],
      }),
    ).toThrow(/1 to 2 values/);
  });

  it('opens a modal from a button and submits it; the handler reads the fields', async () => {
    const { harness, channelId, aliceId } = await startWorld(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'Profile', components: [requestRow()] });
      if (interaction.isButton()) {
        await interaction.showModal(
          new ModalBuilder()
            .setCustomId('bio-modal')
            .setTitle('Your bio')
            .addLabelComponents(
              new LabelBuilder()
                .setLabel('Bio')
                .setTextInputComponent(
                  new TextInputBuilder().setCustomId('bio').setStyle(TextInputStyle.Paragraph).setMaxLength(200),
                ),
            ),
        );
      }
      if (interaction.isModalSubmit()) {
        await interaction.reply({
          content: `Saved: ${interaction.fields.getTextInputValue('bio')}`,
          flags: MessageFlags.Ephemeral,
        });
      }
    });
    const { interactions } = harness.emulator;
    const profile = asMessage(
      await interactions.chatInput({ userId: aliceId, channelId, name: 'ping' }).reply(),
    ).message;
    const opener = interactions.button({ userId: aliceId, message: profile, customId: 'bio' });
    const modal = await opener.reply();
    expect(modal).toMatchObject({ kind: 'modal', modal: { custom_id: 'bio-modal', title: 'Your bio' } });

    const submit = interactions.modalSubmit(opener, { values: { bio: 'I teach TypeScript' } });
    expect(asMessage(await submit.reply())).toMatchObject({ content: 'Saved: I teach TypeScript', ephemeral: true });
    expect(submit.payload).toMatchObject({ type: 5, message: { id: profile.id } });
    expect(() => interactions.modalSubmit(opener, { values: { bio: 'x'.repeat(201) } })).toThrow(/at most 200/);
  });

  it('settles a deferred reply when @original is edited, and records follow-ups', async () => {
    const { harness, channelId, aliceId } = await startWorld(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply('Found 3 mentors');
      await interaction.followUp({ content: 'Tip: use /mentors find', flags: MessageFlags.Ephemeral });
    });
    const handle = harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' });
    const reply = asMessage(await handle.reply());
    expect(reply).toMatchObject({ content: 'Found 3 mentors', ephemeral: true });
    const [followUp] = await handle.waitForFollowUps(1);
    expect(followUp?.content).toBe('Tip: use /mentors find');
    expect(harness.emulator.restCalls('PATCH /webhooks/:applicationId/:token/messages/:messageId')[0]?.path).toMatch(
      /@original$/,
    );
  });

  it('fills the deferred placeholder with the first follow-up, keeping it ephemeral (no new message)', async () => {
    const { harness, channelId, aliceId } = await startWorld(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.followUp({ content: 'Done' });
    });
    const handle = harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' });
    expect(asMessage(await handle.reply())).toMatchObject({ content: 'Done', ephemeral: true, followUps: [] });
    expect(harness.emulator.state.messagesIn(channelId)).toHaveLength(1);
  });

  it('returns the created message for `withResponse: true`', async () => {
    const responses: { messageId: string | undefined; ephemeral: boolean | null }[] = [];
    const { harness, channelId, aliceId } = await startWorld(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: 'hi', withResponse: true });
      responses.push({
        messageId: response.resource?.message?.id,
        ephemeral: response.interaction.responseMessageEphemeral,
      });
    });
    const handle = harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' });
    const reply = asMessage(await handle.reply());
    await harness.emulator.waitFor(() => responses.length === 1);
    expect(responses).toEqual([{ messageId: reply.message.id, ephemeral: false }]);
    expect(harness.emulator.restCalls(/callback/)[0]).toMatchObject({ status: 200, query: { with_response: 'true' } });
  });

  it('allows only the ephemeral flag on a deferred response', async () => {
    const { harness, channelId, aliceId } = await startWorld(async (interaction, current) => {
      if (!interaction.isChatInputCommand()) return;
      const defer = (flags: number) => ({
        body: { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags } },
        auth: false as const,
      });
      const route = Routes.interactionCallback(interaction.id, interaction.token);
      await current.harness.client.rest
        .post(route, defer(MessageFlags.IsComponentsV2))
        .catch((error: unknown) => current.handlerErrors.push(error));
      await current.harness.client.rest.post(route, defer(MessageFlags.Ephemeral));
    });
    const handle = harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' });
    expect(await harness.emulator.waitFor(() => world?.handlerErrors[0])).toMatchObject({
      code: 50035,
      rawError: { errors: { data: { flags: { _errors: [{ code: 'INTERACTION_DEFERRED_FLAGS_INVALID' }] } } } },
    });
    // The refused callback did not count: the second one was accepted as the response.
    await handle.callback();
    expect(handle.originalMessage()?.flags).toBe(MessageFlags.Ephemeral | MessageFlags.Loading);
  });

  it('refuses a second initial response with 40060', async () => {
    const { harness, channelId, aliceId } = await startWorld(async (interaction, current) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply('first');
      // discord.js guards against this itself, so go around it as a buggy bot would.
      await current.harness.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'second' } },
        auth: false,
      });
    });
    await harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' }).reply();
    const error = await harness.emulator.waitFor(() => world?.handlerErrors[0]);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 40060, status: 400 });
  });

  it('refuses an answer after the deadline with 10062, measured on the emulator clock', async () => {
    const { harness, channelId, aliceId } = await startWorld(async (interaction, current) => {
      if (!interaction.isChatInputCommand()) return;
      current.harness.emulator.clock.advance(3_001);
      await interaction.reply('too late');
    });
    const handle = harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' });
    const error = await harness.emulator.waitFor(() => world?.handlerErrors[0]);
    expect(error).toMatchObject({ code: 10062, status: 404 });
    expect(handle.record.callback).toBeNull();
  });

  it('honours a configured deadline in real time too', async () => {
    const { harness, channelId, aliceId } = await startWorld(
      async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        await new Promise((resolve) => setTimeout(resolve, 80));
        await interaction.reply('slow');
      },
      { interactionDeadlineMs: 30 },
    );
    harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' });
    expect(await harness.emulator.waitFor(() => world?.handlerErrors[0])).toMatchObject({ code: 10062 });
  });

  it('refuses an update (type 7) for a slash command and a modal for a modal submit', async () => {
    const callback = (type: InteractionResponseType, data: object) => ({ body: { type, data }, auth: false as const });
    const { harness, channelId, aliceId } = await startWorld(async (interaction, current) => {
      const rest = current.harness.client.rest;
      if (interaction.isChatInputCommand()) {
        await rest
          .post(
            Routes.interactionCallback(interaction.id, interaction.token),
            callback(InteractionResponseType.UpdateMessage, { content: 'x' }),
          )
          .catch((error: unknown) => current.handlerErrors.push(error));
        await interaction.showModal(
          new ModalBuilder()
            .setCustomId('m')
            .setTitle('Title')
            .addLabelComponents(
              new LabelBuilder()
                .setLabel('Name')
                .setTextInputComponent(new TextInputBuilder().setCustomId('name').setStyle(TextInputStyle.Short)),
            ),
        );
      }
      if (interaction.isModalSubmit()) {
        await rest.post(
          Routes.interactionCallback(interaction.id, interaction.token),
          callback(InteractionResponseType.Modal, { custom_id: 'again', title: 'Again', components: [] }),
        );
      }
    });
    const opener = harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' });
    await opener.reply();
    harness.emulator.interactions.modalSubmit(opener, { values: { name: 'Alice' } });
    const errors = await harness.emulator.waitFor(() =>
      world && world.handlerErrors.length >= 2 ? world.handlerErrors : undefined,
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(DiscordAPIError);
      expect(error).toMatchObject({
        code: 50035,
        rawError: { errors: { type: { _errors: [{ code: 'BASE_TYPE_CHOICES' }] } } },
      });
    }
  });

  it('accepts follow-ups for 15 minutes, then answers 401 50027', async () => {
    const { harness, channelId, aliceId } = await startWorld(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('hello');
    });
    const handle = harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' });
    await handle.reply();
    const webhook = Routes.webhook(harness.emulator.applicationId, handle.token);
    const { rest } = harness.client;
    harness.emulator.clock.advance(14 * 60_000);
    await rest.post(webhook, { body: { content: 'still here' }, auth: false });
    harness.emulator.clock.advance(2 * 60_000);
    await expect(rest.post(webhook, { body: { content: 'gone' }, auth: false })).rejects.toMatchObject({
      code: 50027,
      status: 401,
    });
    expect(handle.followUps().map((message) => message.content)).toEqual(['still here']);
  });

  it('answers a command in the bot DMs with `user` instead of `member`', async () => {
    const { harness, aliceId } = await startWorld(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply(`dm: ${String(interaction.inGuild())}`);
    });
    await harness.client.application?.commands.set([PING_COMMAND]);
    const handle = harness.emulator.interactions.chatInput({ userId: aliceId, name: 'ping' });
    expect(asMessage(await handle.reply()).content).toBe('dm: false');
    expect(handle.payload).toMatchObject({ user: { id: aliceId }, context: 1 });
    expect(handle.payload).not.toHaveProperty('member');
  });

  it('still answers interactions after the connection was dropped and resumed', async () => {
    const { harness, channelId, aliceId } = await startWorld(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('pong');
    });
    harness.emulator.gateway.dropConnections();
    await nextEvent(harness.client, Events.ShardResume);
    const reply = await harness.emulator.interactions.chatInput({ userId: aliceId, channelId, name: 'ping' }).reply();
    expect(asMessage(reply).content).toBe('pong');
    expect(harness.emulator.gateway.framesWithOp(GatewayOpcodes.Identify)).toHaveLength(1);
    expect(harness.emulator.gateway.framesWithOp(GatewayOpcodes.Resume)).toHaveLength(1);
  });
});
