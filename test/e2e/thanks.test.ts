import { GatewayDispatchEvents } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReputationEventModel } from '../../models/reputation-event.model.js';
import { updateReputationSettings } from '../../src/services/reputation/settings.service.js';
import type { MessageRecord } from '../support/discord/state/records.js';
import type { Actor } from '../support/world/actor.js';
import type { Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const DAY_MS = 24 * 60 * 60_000;

describe('thanks, with the rules that keep them meaningful', () => {
  let world: World;
  const veteran = (name: string): Actor => world.user(name, { joinedAt: new Date(Date.now() - 30 * DAY_MS) });
  const thanksGiven = (giver: Actor) =>
    ReputationEventModel.countDocuments({ guildId: world.guild.id, actorId: giver.id, kind: 'thanks' });

  /**
   * The public thanks and the private note beside it: the reply and a private follow-up, or, when the bot
   * acknowledged privately first (a slow database), the private reply and a public follow-up.
   */
  async function thanksPost(seen: Seen): Promise<{ post: MessageRecord; note: string }> {
    if (!seen.ephemeral) return { post: seen.message, note: seen.handle.followUps()[0]?.content ?? '' };
    const [post] = await seen.handle.waitForFollowUps(1);
    if (!post) throw new Error('No public thanks');
    return { post, note: seen.content };
  }

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  it('thanks in public, pinging only the receiver; a replayed interaction counts once; the same pair waits for the cooldown', async () => {
    const ana = veteran('ana');
    const ben = veteran('ben');
    const thanked = await ana.slash('thanks', { user: ben.id, reason: 'Unblocked my @everyone **deploy**' });
    if (!thanked.ephemeral) await thanked.handle.waitForFollowUps(1);
    const { post, note } = await thanksPost(thanked);
    expect(post.visibleTo).toBeNull();
    expect(post.content).toBe(`<@${ana.id}> thanked <@${ben.id}>: Unblocked my @everyone \\*\\*deploy\\*\\*`);
    expect(post.mentions).toEqual({ users: [ben.id], roles: [], everyone: false });
    expect(note).toContain('weigh less');

    world.emulator.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, thanked.handle.payload);
    await world.emulator.waitFor(
      () =>
        world.logs.entries.filter((e) => e.message === 'Interaction handled' && e.interactionId === thanked.handle.id)
          .length === 2,
    );
    expect(await thanksGiven(ana)).toBe(1);
    // The replay is refused (already thanked) and Discord refuses that answer too (40060): no error of ours.
    const replayLogs = world.logs.entries.filter((e) => e.interactionId === thanked.handle.id);
    expect(replayLogs.filter((e) => e.level === 'error').map((e) => e.message)).toEqual([]);

    const again = await ana.slash('thanks', { user: ben.id });
    expect(again.ephemeral).toBe(true);
    expect(again.content).toMatch(
      new RegExp(`^You already thanked <@${ben.id}> recently. You can thank them again <t:\\d+:R>.$`),
    );
    await world.advanceTime(DAY_MS + 60_000);
    const later = await ana.slash('thanks', { user: ben.id });
    expect((await thanksPost(later)).post.content).toBe(`<@${ana.id}> thanked <@${ben.id}>!`);
    expect(await thanksGiven(ana)).toBe(2);
  });

  it('refuses self-thanks, bots and members newer than the configured age, each privately and saying why', async () => {
    const cam = veteran('cam');
    const self = await cam.slash('thanks', { user: cam.id });
    expect(self.ephemeral).toBe(true);
    expect(self.content).toBe("You can't thank yourself.");

    const bot = world.emulator.world.createUser({ username: 'helper-bot', bot: true });
    world.emulator.world.addMember(world.guild.id, bot.id);
    const toBot = await cam.slash('thanks', { user: bot.id });
    expect(toBot.content).toBe('Bots do not collect thanks; thank the member who helped you.');

    const outsider = world.emulator.world.createUser({ username: 'outsider' });
    const toOutsider = await cam.slash('thanks', { user: outsider.id });
    expect(toOutsider.ephemeral).toBe(true);
    expect(toOutsider.content).toBe('Only members of this server can be thanked here.');
    expect(await thanksGiven(cam)).toBe(0);

    const newbie = world.user('newbie');
    const tooNew = await newbie.slash('thanks', { user: cam.id });
    expect(tooNew.ephemeral).toBe(true);
    expect(tooNew.content).toMatch(/^Members can give thanks after 7 days on the server. You can start <t:\d+:R>/u);
    expect(await thanksGiven(newbie)).toBe(0);
  });

  it('holds a giver to the daily cap', async () => {
    await updateReputationSettings({
      guildId: world.guild.id,
      actor: { userId: world.guild.ownerId, isAdmin: true },
      thanksDailyCap: 2,
    });
    const dee = veteran('dee');
    for (const name of ['r1', 'r2']) await dee.slash('thanks', { user: veteran(name).id });
    expect(await thanksGiven(dee)).toBe(2);
    const capped = await dee.slash('thanks', { user: veteran('r3').id });
    expect(capped.ephemeral).toBe(true);
    expect(capped.content).toMatch(
      /^You gave 2 thanks in the last 24 hours, the most a day. Your next one is possible <t:\d+:R>.$/u,
    );
    await updateReputationSettings({
      guildId: world.guild.id,
      actor: { userId: world.guild.ownerId, isAdmin: true },
      thanksDailyCap: 5,
    });
  });

  it('"Thank for this help" on a message thanks its author and links the message; not your own message', async () => {
    const eve = veteran('eve');
    const finn = veteran('finn');
    const post = world.emulator.events.messageCreate({
      authorId: finn.id,
      channelId: world.channel('general').id,
      content: 'Use `EXPLAIN ANALYZE` to see where the time goes.',
    });
    const thanked = await eve.messageCommand('Thank for this help', post);
    const { post: thanks } = await thanksPost(thanked);
    expect(thanks.content).toBe(
      `<@${eve.id}> thanked <@${finn.id}> for this help: https://discord.com/channels/${world.guild.id}/${world.channel('general').id}/${post.id}`,
    );
    expect(thanks.mentions.users).toEqual([finn.id]);
    const own = await finn.messageCommand('Thank for this help', post);
    expect(own.ephemeral).toBe(true);
    expect(own.content).toBe("You can't thank yourself.");
  });

  it('damps a pair who only thank each other and shows them to admins', async () => {
    const gil = veteran('gil');
    const hal = veteran('hal');
    for (let i = 0; i < 4; i += 1) {
      const [from, to] = i % 2 === 0 ? [gil, hal] : [hal, gil];
      await from.slash('thanks', { user: to.id });
      await world.advanceTime(DAY_MS + 60_000);
    }
    const ring = await ReputationEventModel.findOne({ guildId: world.guild.id, ring: true }).lean();
    expect(ring?.deltas.points).toBe(0.5);
    const rings = await world.user('boss', { admin: true }).slash('rep-admin rings');
    expect(rings.text).toContain(`⇄`);
    expect(rings.text).toContain(`<@${gil.id}>`);
  });
});
