import { describe, expect, it } from 'vitest';
import { MentorshipModel, startMentorshipInFreePlace, type Mentorship } from '../../models/mentorship.model.js';
import { findMentorshipFor } from '../../src/services/mentorship.service.js';
import { expectUserError } from '../support/user-errors.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('mentorship-service');

const user = (n: number) => String(600_000_000_000_000_000n + BigInt(n));
let requests = 0;

async function pair(guildId: string, mentorId: string, menteeId: string): Promise<Mentorship> {
  requests += 1;
  const started = await startMentorshipInFreePlace(
    {
      guildId,
      mentorId,
      menteeId,
      requestId: `request-${String(requests)}`,
      startedAt: new Date('2026-12-01T12:00:00Z'),
      goals: 'Ship a first open-source contribution.',
      format: 'one-on-one',
    },
    5,
  );
  if (typeof started === 'string') throw new Error(started);
  return started;
}

async function giveThread(mentorship: Mentorship, threadId: string): Promise<void> {
  await MentorshipModel.updateOne({ _id: mentorship.id }, { $set: { 'space.threadId': threadId } });
}

describe('findMentorshipFor', () => {
  it('finds the only one, from either side', async () => {
    const guildId = newGuildId();
    const m = await pair(guildId, user(1), user(2));
    expect((await findMentorshipFor(guildId, user(1), {})).id).toBe(m.id);
    expect((await findMentorshipFor(guildId, user(2), {})).id).toBe(m.id);
  });

  it('asks for `with` when there are several, and uses it', async () => {
    const guildId = newGuildId();
    await pair(guildId, user(1), user(2));
    const second = await pair(guildId, user(1), user(3));
    const several = await expectUserError('conflict', () => findMentorshipFor(guildId, user(1), {}));
    expect(several.message).toMatch(/2 active mentorships.*`with`/u);
    expect((await findMentorshipFor(guildId, user(1), { otherId: user(3) })).id).toBe(second.id);
    await expectUserError('not-found', () => findMentorshipFor(guildId, user(1), { otherId: user(9) }));
  });

  it('prefers the thread it runs in, and refuses another pair’s thread', async () => {
    const guildId = newGuildId();
    await pair(guildId, user(1), user(2));
    const second = await pair(guildId, user(1), user(3));
    await giveThread(second, '700000000000000001');
    expect((await findMentorshipFor(guildId, user(1), { threadId: '700000000000000001' })).id).toBe(second.id);
    const refused = await expectUserError('forbidden', () =>
      findMentorshipFor(guildId, user(2), { threadId: '700000000000000001' }),
    );
    expect(refused.message).toMatch(/another pair/u);
  });

  it('says so when there is none, and ignores ended ones and other servers', async () => {
    const guildId = newGuildId();
    const m = await pair(guildId, user(1), user(2));
    await MentorshipModel.updateOne({ _id: m.id }, { $set: { status: 'ended' } });
    await pair(newGuildId(), user(1), user(2));
    await expectUserError('not-found', () => findMentorshipFor(guildId, user(1), {}));
    await expectUserError('not-found', () => findMentorshipFor(guildId, user(1), { otherId: user(1) }));
  });
});
