import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionHandle } from '../support/discord/interactions/interaction-handle.js';
import { startWorld, type World } from '../support/world/world.js';

/**
 * Interaction tokens are credentials: for 15 minutes anyone holding one can post as the bot in that
 * channel. Failures of the calls that carry them must be logged without them.
 */
describe('interaction and webhook tokens never reach the logs', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  const everyLogLine = () => JSON.stringify(world.logs.entries);
  const dispatch = (command: string, options: Record<string, string> = {}): InteractionHandle =>
    world.emulator.interactions.chatInput({
      userId: world.user('ada').id,
      channelId: world.channel('general').id,
      name: command,
      options,
    });

  it('when the interaction callback fails', async () => {
    world.emulator.faults.serverError('POST /interactions/:interactionId/:token/callback', { count: 4 });
    const handle = dispatch('help');
    await world.emulator.waitForRestCall('POST /interactions/:interactionId/:token/callback', {
      count: 4,
    });
    await world.emulator.waitFor(() => world.logs.find('error', 'Could not tell the user about an error'), {
      description: 'both failures to be logged',
    });
    const lines = everyLogLine();
    expect(lines).toContain(handle.id);
    expect(lines).toContain('/interactions/');
    expect(lines).not.toContain(handle.token);
  });

  it('when editing the deferred reply through the webhook fails', async () => {
    world.emulator.faults.clear();
    world.emulator.faults.serverError('PATCH /webhooks/:applicationId/:token/messages/:messageId', {
      count: 4,
    });
    const before = world.logs.entries.length;
    const handle = dispatch('me timezone', { timezone: 'Europe/Berlin' });
    await world.emulator.waitFor(
      () =>
        world.logs.entries
          .slice(before)
          .find((entry) => entry.level === 'error' && entry.message === 'Could not tell the user about an error'),
      { timeoutMs: 10_000, description: 'the failed edit to be logged' },
    );
    const lines = everyLogLine();
    expect(lines).toContain('/webhooks/');
    expect(lines).not.toContain(handle.token);
  });
});
