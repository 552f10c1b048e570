import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DM_REPLY_COOLDOWN_MS } from '../../src/discord/direct-message-replies.js';
import type { Actor } from '../support/world/actor.js';
import { startWorld, type World } from '../support/world/world.js';

describe('a member writes to the bot directly', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  const write = (from: Actor | { id: string }, content: string) =>
    world.emulator.events.messageCreate({ authorId: from.id, content });
  const handled = (count: number) =>
    world.emulator.waitFor(
      () => world.logs.entries.filter((entry) => entry.component === 'direct-messages').length >= count,
      { description: `${count} direct message(s) handled` },
    );

  it('gets one short answer pointing to /help, once per cooldown, and bots get none', async () => {
    const ada = world.user('ada');
    write(ada, 'hello? how do I find a mentor');
    const answer = await ada.dmMatching(/\/help/);
    expect(answer.content).toMatch(/inside servers/);
    expect(answer.content.length).toBeLessThan(200);
    expect(answer.pings).toMatchObject({ users: [], roles: [], everyone: false });

    // A member (or another bot replying to us) writing again and again gets no more answers for a while.
    for (const text of ['anyone?', 'hello', 'hello!!']) write(ada, text);
    await handled(4);
    expect(ada.dms()).toHaveLength(1);

    const otherBot = world.emulator.world.createUser({ username: 'echo-bot', bot: true });
    world.emulator.world.addMember(world.guild.id, otherBot.id);
    write(otherBot, 'I repeat everything: /help');
    const bea = world.user('bea');
    write(bea, 'hi');
    await bea.dmMatching(/\/help/);
    expect(world.emulator.state.dmsTo(otherBot.id)).toHaveLength(0);

    world.clock.advance(DM_REPLY_COOLDOWN_MS);
    write(ada, 'back again');
    await world.emulator.waitFor(() => ada.dms().length === 2, { description: 'a second answer after the cooldown' });
    expect(world.logs.find('error', /./)).toBeUndefined();
  });
});
