import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import { recordReputationEvent } from '../../src/services/reputation/ledger.service.js';
import type { Actor } from '../support/world/actor.js';
import { startWorld, type World } from '../support/world/world.js';

const DAY_MS = 24 * 60 * 60_000;

describe('leaderboards and /rep, as members read them', () => {
  let world: World;
  const members: Actor[] = [];

  const award = (actor: Actor, points: number, key: string, at?: Date) =>
    recordReputationEvent(
      { guildId: world.guild.id, userId: actor.id, kind: 'adjustment', key, points, ...(at ? { at } : {}) },
      world.clock,
    );

  beforeAll(async () => {
    world = await startWorld();
    // 13 members: m1 has 130 points, m13 has 10; m1..m3 are cloud mentors.
    for (let i = 1; i <= 13; i += 1) {
      const member = world.user(`m${String(i)}`);
      members.push(member);
      if (i <= 3) {
        await registerMentor(
          {
            guildId: world.guild.id,
            userId: member.id,
            specialties: ['cloud'],
            headline: 'Cloud mentor',
            yearsExperience: 3,
            timezone: 'UTC',
            availability: 'mon 10:00-12:00',
            capacity: 2,
            formats: ['one-on-one'],
          },
          world.clock,
        );
      }
      await award(member, (14 - i) * 10, `seed:${String(i)}`);
    }
  });
  afterAll(async () => {
    await world.stop();
  });

  const ranks = (text: string) =>
    [...text.matchAll(/\*\*#(\d+)\*\* <@(\d+)>/gu)].map((m) => `${m[1] ?? ''}:${m[2] ?? ''}`);

  it('pages the week in rank order, privately, with the caller’s own rank even when it is on another page', async () => {
    const last = members[12] as Actor;
    const first = await last.slash('leaderboard');
    expect(first.ephemeral).toBe(true);
    expect(ranks(first.text)).toEqual(members.slice(0, 10).map((m, i) => `${String(i + 1)}:${m.id}`));
    expect(first.text).toContain('**#1** <@' + (members[0] as Actor).id + '> · 130 pts · 0 sessions\n`████████████`');
    expect(first.text).toContain('Your place: **#13** · 10 pts');
    expect(first.text).toContain('Page 1 of 2 · 13 ranked');
    expect(first.buttons().map((b) => [b.label, b.disabled])).toEqual([
      ['Previous', true],
      ['Next', false],
    ]);
    const second = await first.click('Next');
    expect(second.kind).toBe('update');
    expect(ranks(second.text)).toEqual(members.slice(10).map((m, i) => `${String(i + 11)}:${m.id}`));
    expect(second.text).toContain('Your place: **#13** · 10 pts');
    await expect(first.click('Next', members[0])).rejects.toThrow(/cannot see ephemeral message/u);
  });

  it('separates periods and specialties: older points count all time only; a specialty ranks its mentors', async () => {
    const m13 = members[12] as Actor;
    await award(m13, 500, 'old', new Date(world.clock.now().getTime() - 70 * DAY_MS));
    const week = await m13.slash('leaderboard', { period: 'week' });
    expect(week.text).toContain('Your place: **#13**');
    const all = await m13.slash('leaderboard', { period: 'all' });
    expect(ranks(all.text)[0]).toBe(`1:${m13.id}`);
    const cloud = await m13.slash('leaderboard', { period: 'month', specialty: 'cloud' });
    expect(cloud.embeds[0]?.title).toContain('This month');
    expect(ranks(cloud.text)).toEqual(members.slice(0, 3).map((m, i) => `${String(i + 1)}:${m.id}`));
    expect(cloud.text).toContain('You have no points in this period yet.');
  });

  it('/rep shows points by period and hides the average rating until there are enough ratings', async () => {
    const mentor = members[1] as Actor;
    const rater = (n: number) => world.user(`rater${String(n)}`);
    for (const n of [1, 2]) {
      await recordReputationEvent(
        {
          guildId: world.guild.id,
          userId: mentor.id,
          kind: 'feedback',
          key: `fb:${String(n)}`,
          actorId: rater(n).id,
          rating: 5,
        },
        world.clock,
      );
    }
    const early = await rater(1).slash('rep', { user: mentor.id });
    expect(early.text).toContain('Average rating: Shown from 3 ratings (has 2)');
    expect(early.text).not.toMatch(/`[a-f\d]{24}`/u);
    await recordReputationEvent(
      { guildId: world.guild.id, userId: mentor.id, kind: 'feedback', key: 'fb:3', actorId: rater(3).id, rating: 3 },
      world.clock,
    );
    const fair = await mentor.slash('rep');
    expect(fair.text).toContain('Average rating: 4.3 / 5 from 3 ratings');
    expect(fair.text).toContain('All time: 134 pts');
    expect(fair.text).toMatch(/Rating · … · `[a-f\d]{24}`/u);
    expect(fair.text).not.toContain('★');
    const audit = await world.user('auditor', { admin: true }).slash('rep', { user: mentor.id });
    expect(audit.text).toMatch(/Rating · \+2 pts · from <@\d+> · 3★ · `[a-f\d]{24}`/u);
  });

  it('an admin’s adjustment moves the leaderboard, and reversing it puts every period back', async () => {
    const boss = world.staffAdmin('boss');
    const m12 = members[11] as Actor;
    const adjusted = await boss.slash('rep-admin adjust', {
      user: m12.id,
      amount: 1000,
      reason: 'Ran the migration sprint',
    });
    const id = /Id: `([a-f\d]{24})`/u.exec(adjusted.content)?.[1] ?? '';
    expect(ranks((await m12.slash('leaderboard')).text)[0]).toBe(`1:${m12.id}`);
    const reversed = await boss.slash('rep-admin reverse', { id, reason: 'Entered by mistake' });
    expect(reversed.content).toContain('Reversed: every counter and leaderboard that recognition touched is back.');
    const week = await m12.slash('leaderboard', { period: 'week' });
    expect(week.text).toContain('Your place: **#12** · 20 pts');
    const again = await boss.slash('rep-admin reverse', { id, reason: 'Twice' });
    expect(again.content).toBe('That recognition was already reversed.');
    expect((await m12.slash('leaderboard', { period: 'month' })).text).toContain('Your place: **#12** · 20 pts');
  });

  it('gives a reputation role when all-time points reach its threshold, and takes it back when they fall', async () => {
    const boss = world.staffAdmin('roles-boss');
    const trusted = world.emulator.world.createRole(world.guild.id, { name: 'Trusted helper' });
    const m10 = members[9] as Actor;
    const set = await boss.slash('rep-admin role-threshold', { role: trusted.id, points: 100 });
    expect(set.content).toContain(`**Roles**: <@&${trusted.id}> from 100 pts`);
    expect((members[0] as Actor).roles()).toContain(trusted.id);
    expect(m10.roles()).not.toContain(trusted.id);
    const adjusted = await boss.slash('rep-admin adjust', {
      user: m10.id,
      amount: 60,
      reason: 'Mentored the bootcamp',
    });
    expect(m10.roles()).toContain(trusted.id);
    const id = /Id: `([a-f\d]{24})`/u.exec(adjusted.content)?.[1] ?? '';
    await boss.slash('rep-admin reverse', { id, reason: 'Counted twice' });
    expect(m10.roles()).not.toContain(trusted.id);
    await boss.slash('rep-admin role-threshold', { role: trusted.id, points: 0 });
    expect((members[0] as Actor).roles()).not.toContain(trusted.id);
  });

  it('announces the finished week’s top members once in the configured channel, however often the job runs, across a restart', async () => {
    const boss = world.user('boss');
    const set = await boss.slash('rep-admin channel', { channel: world.channel('announcements').id });
    expect(set.content).toContain(`**Announcements**: <#${world.channel('announcements').id}>`);
    const weekly = () => world.messages('announcements').filter((m) => m.content.includes('Top members of the week'));
    await world.advanceTime(7 * DAY_MS);
    expect(weekly()).toHaveLength(1);
    const post = weekly()[0];
    // m2's ratings (+14) put them ahead of m1 this week.
    expect(post?.content).toContain(`🥇 <@${(members[1] as Actor).id}> · 134 pts`);
    expect(post?.content).toContain(`🥈 <@${(members[0] as Actor).id}> · 130 pts`);
    expect(post?.content).toContain(`🥉 <@${(members[2] as Actor).id}> · 110 pts`);
    expect(post?.mentions.roles).toEqual([]);
    expect(post?.mentions.everyone).toBe(false);
    await world.advanceTime(60 * 60_000);
    await world.restart();
    await world.advanceTime(60 * 60_000);
    expect(weekly()).toHaveLength(1);
  });
});
