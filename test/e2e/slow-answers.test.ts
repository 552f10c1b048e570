import { InteractionContextType, ModalBuilder, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands as productCommands } from '../../commands/index.js';
import { defineCommand } from '../../src/discord/command.js';
import { en } from '../../src/i18n/catalog/en/index.js';
import { AUTOCOMPLETE_BUDGET_MS, FIRST_ANSWER_BUDGET_MS } from '../../src/discord/interaction-router.js';
import { respond } from '../../src/discord/respond.js';
import { ConflictError } from '../../src/errors.js';
import { textField } from '../../src/views/modal-field.js';
import type { InteractionHandle } from '../support/discord/interactions/interaction-handle.js';
import { startWorld, type World } from '../support/world/world.js';

/** Longer than the router's budget, shorter than Discord's 3 s: only the router's answer can be in time. */
const SLOW_MS = FIRST_ANSWER_BUDGET_MS + 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const slow = (name: string, then: Parameters<typeof defineCommand>[0]['execute']) =>
  defineCommand({
    data: new SlashCommandBuilder()
      .setName(name)
      .setDescription('Slow before its first answer, as with a slow database')
      .setContexts(InteractionContextType.Guild)
      .addStringOption((o) => o.setName('topic').setDescription('Anything').setAutocomplete(true))
      .toJSON(),
    defer: 'none',
    async execute(interaction, ctx) {
      await sleep(SLOW_MS);
      await then(interaction, ctx);
    },
    async autocomplete() {
      await sleep(AUTOCOMPLETE_BUDGET_MS + 500);
      return [{ name: 'too late', value: 'late' }];
    },
  });

const testCommands = [
  slow('slow-reply', async (interaction) => {
    await respond(interaction, { content: 'Here are your results.' }, false);
  }),
  slow('slow-modal', async (interaction) => {
    await interaction.showModal(
      new ModalBuilder()
        .setCustomId('v1:none')
        .setTitle('Too late')
        .addLabelComponents(textField({ id: 'x', label: 'X', required: false, maxLength: 10 })),
    );
  }),
  slow('slow-refusal', () => {
    throw new ConflictError('common.errors.invalidValue');
  }),
];

describe('a handler too slow for its first answer (the database is up but slow)', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ commands: [...productCommands, ...testCommands] });
  });
  afterAll(async () => {
    await world.stop();
  });

  const run = (name: string): InteractionHandle =>
    world.emulator.interactions.chatInput({
      userId: world.user('ada').id,
      channelId: world.channel('general').id,
      name,
    });
  const answeredWithin = (handle: InteractionHandle) =>
    (handle.record.callback?.at.getTime() ?? Infinity) - handle.record.dispatchedAtMs;

  it('gets a private "taking longer" answer in time, then the real result in its place', async () => {
    const handle = run('slow-reply');
    const first = await handle.reply();
    expect(first).toMatchObject({ content: en.common.errors.slowAnswer, ephemeral: true });
    expect(answeredWithin(handle)).toBeLessThan(3_000);
    await world.emulator.waitFor(() => handle.originalMessage()?.content === 'Here are your results.', {
      timeoutMs: 5_000,
      description: 'the result to replace the note',
    });
    expect(handle.followUps()).toHaveLength(0);
  });

  it('a refusal that comes late replaces the note; a modal that comes late is dropped and logged', async () => {
    const refused = run('slow-refusal');
    await refused.reply();
    await world.emulator.waitFor(() => refused.originalMessage()?.content === en.common.errors.invalidValue, {
      timeoutMs: 5_000,
      description: 'the refusal to replace the note',
    });
    expect(refused.followUps()).toHaveLength(0);

    const modal = run('slow-modal');
    expect(await modal.reply()).toMatchObject({ kind: 'message', content: en.common.errors.slowAnswer });
    await world.emulator.waitFor(() => world.logs.find('warn', /answered after the router had answered for it/), {
      timeoutMs: 5_000,
      description: 'the late modal to be logged',
    });
    expect(modal.record.modal).toBeNull();
    expect(modal.followUps()).toHaveLength(0);
    expect(world.logs.find('error', 'Interaction failed')).toBeUndefined();
  });

  it('autocomplete answers with no choices in time rather than not at all', async () => {
    const typing = world.emulator.interactions.autocomplete({
      userId: world.user('ada').id,
      channelId: world.channel('general').id,
      name: 'slow-reply',
      options: { topic: 'ab' },
      focused: 'topic',
    });
    expect(await typing.reply()).toEqual({ kind: 'autocomplete', choices: [] });
    expect(answeredWithin(typing)).toBeLessThan(3_000);
    expect(world.logs.find('warn', 'Autocomplete took too long; offered no choices')).toBeDefined();
  });
});
