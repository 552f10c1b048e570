import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  DiscordAPIError,
  Events,
  MessageType,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  type TextChannel,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { nextEvent, startHarness, type Harness } from './client-harness.js';
import { DEFAULT_BOT_PERMISSIONS } from './permissions.js';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(botPermissions = DEFAULT_BOT_PERMISSIONS) {
  const ids = { guildId: '', channelId: '', aliceId: '', bobId: '', modId: '' };
  harness = await startHarness((emulator) => {
    const guild = emulator.world.createGuild({ name: 'Hub', botPermissions });
    ids.guildId = guild.id;
    ids.channelId = emulator.world.createChannel(guild.id, { name: 'mentorships' }).id;
    for (const name of ['alice', 'bob'] as const) {
      const user = emulator.world.createUser({ username: name });
      emulator.world.addMember(guild.id, user.id);
      ids[`${name}Id`] = user.id;
    }
    const mod = emulator.world.createUser({ username: 'mod' });
    emulator.world.addMember(guild.id, mod.id, { permissions: PermissionFlagsBits.ManageThreads });
    ids.modId = mod.id;
  });
  const channel = (await harness.client.channels.fetch(ids.channelId)) as TextChannel;
  return { ...ids, emulator: harness.emulator, client: harness.client, channel };
}

async function refusal(run: () => Promise<unknown>): Promise<DiscordAPIError> {
  const error: unknown = await run().then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DiscordAPIError)) throw new Error(`expected a Discord error, got ${String(error)}`);
  return error;
}

describe('pins (PUT/DELETE /channels/:id/messages/pins/:id, the route discord.js 14.28 uses)', () => {
  it('pins with PIN_MESSAGES: the message reads pinned, Discord posts its notice and CHANNEL_PINS_UPDATE', async () => {
    const { channel, emulator, client } = await start();
    const message = await channel.send('Agreement');
    const update = nextEvent(client, Events.ChannelPinsUpdate);
    await message.pin();
    await update;
    expect(emulator.state.message(message.id)?.pinnedAt).toBeInstanceOf(Date);
    expect((await channel.messages.fetch({ message: message.id, force: true })).pinned).toBe(true);
    const notice = emulator.state.messagesIn(channel.id).find((m) => m.type === MessageType.ChannelPinnedMessage);
    expect(notice?.referencedMessageId).toBe(message.id);
    expect((await channel.messages.fetchPins()).items.map((pin) => pin.message.id)).toEqual([message.id]);
    await message.pin();
    expect(
      emulator.state.messagesIn(channel.id).filter((m) => m.type === MessageType.ChannelPinnedMessage),
    ).toHaveLength(1);
    await message.unpin();
    expect(emulator.state.message(message.id)?.pinnedAt).toBeNull();
    const system = await refusal(() => channel.messages.pin(notice?.id ?? ''));
    expect(system.code).toBe(RESTJSONErrorCodes.CannotExecuteActionOnSystemMessage);
  });

  it('refuses without PIN_MESSAGES, even with MANAGE_MESSAGES (no longer enough since February 2026)', async () => {
    const { channel } = await start(DEFAULT_BOT_PERMISSIONS & ~PermissionFlagsBits.PinMessages);
    const message = await channel.send('Agreement');
    const error = await refusal(() => message.pin());
    expect(error.code).toBe(RESTJSONErrorCodes.MissingPermissions);
  });
});

describe('private threads', () => {
  it('are seen by their members and by moderators only: others cannot press or run commands there', async () => {
    const { channel, emulator, aliceId, bobId, modId } = await start();
    const thread = await channel.threads.create({ name: 'pair', type: ChannelType.PrivateThread, invitable: false });
    await thread.members.add(aliceId);
    const message = await thread.send({
      content: 'Confirm',
      components: [
        new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('ok').setLabel('OK').setStyle(ButtonStyle.Success),
        ),
      ],
    });
    const record = emulator.state.message(message.id);
    if (!record) throw new Error('message not stored');
    expect(emulator.state.channel(thread.id)?.thread?.invitable).toBe(false);
    expect(() => emulator.interactions.button({ userId: bobId, message: record, customId: 'ok' })).toThrow(
      /cannot see channel/u,
    );
    expect(() => emulator.interactions.button({ userId: aliceId, message: record, customId: 'ok' })).not.toThrow();
    expect(() => emulator.interactions.button({ userId: modId, message: record, customId: 'ok' })).not.toThrow();
  });

  it('is invisible to the bot once it has left, unless it can manage threads', async () => {
    const { channel, client } = await start(DEFAULT_BOT_PERMISSIONS & ~PermissionFlagsBits.ManageThreads);
    const thread = await channel.threads.create({ name: 'pair', type: ChannelType.PrivateThread });
    await thread.members.remove(client.user?.id ?? '');
    const error = await refusal(() => thread.send('hello'));
    expect(error.code).toBe(RESTJSONErrorCodes.MissingAccess);
  });

  it('enforce_nonce returns the message already made with that nonce instead of a second one', async () => {
    const { channel, emulator } = await start();
    const first = await channel.send({ content: 'Once', nonce: 'n1', enforceNonce: true });
    const again = await channel.send({ content: 'Once', nonce: 'n1', enforceNonce: true });
    expect(again.id).toBe(first.id);
    expect(emulator.state.messagesIn(channel.id).filter((m) => m.content === 'Once')).toHaveLength(1);
    const error = await refusal(() => channel.send({ content: 'x', nonce: 'n'.repeat(26), enforceNonce: true }));
    expect(error.code).toBe(RESTJSONErrorCodes.InvalidFormBodyOrContentType);
  });
});
