import { GatewayOpcodes } from 'discord-api-types/v10';
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SpecialtyModel } from '../../models/specialty.model.js';
import { SPECIALTY_CATALOG } from '../../src/services/specialty.service.js';
import { commands } from '../../commands/index.js';
import { defineCommand } from '../../src/discord/command.js';
import { en } from '../../src/i18n/catalog/en/index.js';
import { ConflictError } from '../../src/errors.js';
import { startWorld, type World } from '../support/world/world.js';

const failing = defineCommand({
  data: new SlashCommandBuilder()
    .setName('fail')
    .setDescription('Fails on purpose')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) =>
      o
        .setName('how')
        .setDescription('How')
        .setRequired(true)
        .addChoices({ name: 'user', value: 'user' }, { name: 'bug', value: 'bug' }),
    )
    .toJSON(),
  defer: 'ephemeral',
  execute(interaction) {
    if (interaction.options.getString('how') === 'user') throw new ConflictError('common.errors.invalidValue');
    throw new TypeError('cannot read properties of undefined');
  },
});

const oversized = defineCommand({
  data: new SlashCommandBuilder()
    .setName('oversized')
    .setDescription('Replies with more than Discord accepts')
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction) {
    await interaction.editReply({ content: 'x'.repeat(2_001) });
  },
});

describe('the app through the emulator', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ commands: [...commands, failing, oversized] });
  });
  afterAll(async () => {
    await world.stop();
  });

  it('seeds the specialty catalog of the servers it is in at start-up', async () => {
    await vi.waitFor(async () => {
      expect(await SpecialtyModel.countDocuments({ guildId: world.guild.id })).toBe(SPECIALTY_CATALOG.length);
    });
  });

  it('reports a message Discord rejects as too long, and keeps working', async () => {
    const alice = world.user('alice');
    const seen = await alice.slash('oversized');
    expect(seen.content).toBe(en.common.errors.internal);
    const line = world.logs.entries.find((entry) => entry.command === 'oversized' && entry.level === 'error');
    expect(line).toMatchObject({
      message: 'Interaction failed',
      command: 'oversized',
      error: { code: 50035, status: 400 },
    });
    expect((await alice.slash('help')).embeds[0]?.title).toBe(en.help.title);
  });

  it('resumes after the gateway connection drops and answers the next command', async () => {
    const resumesBefore = world.emulator.gateway.framesWithOp(GatewayOpcodes.Resume).length;
    world.emulator.gateway.dropConnections();
    await vi.waitFor(() => {
      expect(world.emulator.gateway.framesWithOp(GatewayOpcodes.Resume).length).toBe(resumesBefore + 1);
      expect(world.emulator.gateway.connectedSessionCount).toBe(1);
    });
    expect((await world.user('alice').slash('help')).embeds[0]?.title).toBe(en.help.title);
  });

  it('answers /help with an embed', async () => {
    const seen = await world.user('alice').slash('help');
    expect(seen.ephemeral).toBe(true);
    expect(seen.embeds[0]?.title).toBe(en.help.title);
    expect(seen.text).toContain('/mentors find');
  });

  it('turns a typed error into its own ephemeral message', async () => {
    const seen = await world.user('alice').slash('fail', { how: 'user' });
    expect(seen.ephemeral).toBe(true);
    expect(seen.content).toBe(en.common.errors.invalidValue);
  });

  it('turns a bug into a generic ephemeral message and a log line with context', async () => {
    const alice = world.user('alice');
    const seen = await alice.slash('fail', { how: 'bug' });
    expect(seen.ephemeral).toBe(true);
    expect(seen.content).toBe(en.common.errors.internal);
    const line = world.logs.entries.find((entry) => entry.message === 'Interaction failed' && entry.command === 'fail');
    expect(line).toMatchObject({
      level: 'error',
      guildId: world.guild.id,
      userId: alice.id,
      command: 'fail',
      interactionId: seen.handle.id,
      component: 'interactions',
    });
    expect(JSON.stringify(line?.error)).toContain('cannot read properties of undefined');
  });
});
