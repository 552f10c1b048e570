import { describe, expect, it } from 'vitest';
import {
  getMemberProfile,
  setMemberAvailability,
  setMemberTimezone,
} from '../../src/services/member-profile.service.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';
import { expectInvalidInput } from '../support/user-errors.js';

useServiceDatabase('member-profile-service');

const MEMBER = '100000000000000042';

describe('member profiles', () => {
  it('knows nothing about a member until they say something', async () => {
    expect(await getMemberProfile({ guildId: newGuildId(), userId: MEMBER })).toBeNull();
  });

  it('remembers a time zone in its canonical spelling, per server', async () => {
    const guildId = newGuildId();
    expect(await setMemberTimezone({ guildId, userId: MEMBER, timezone: 'asia/calcutta' })).toEqual({
      guildId,
      userId: MEMBER,
      timezone: 'Asia/Kolkata',
      availability: [],
    });
    await setMemberTimezone({ guildId, userId: MEMBER, timezone: 'Europe/Berlin' });
    expect((await getMemberProfile({ guildId, userId: MEMBER }))?.timezone).toBe('Europe/Berlin');
    expect(await getMemberProfile({ guildId: newGuildId(), userId: MEMBER })).toBeNull();
  });

  it('keeps the old time zone when the new one is not valid', async () => {
    const guildId = newGuildId();
    await setMemberTimezone({ guildId, userId: MEMBER, timezone: 'Europe/Berlin' });
    await expectInvalidInput('timezone', () => setMemberTimezone({ guildId, userId: MEMBER, timezone: 'Berlin Time' }));
    expect((await getMemberProfile({ guildId, userId: MEMBER }))?.timezone).toBe('Europe/Berlin');
  });

  it('stores hours only with a known time zone, and forgets them on request', async () => {
    const guildId = newGuildId();
    expect(
      await expectInvalidInput('timezone', () =>
        setMemberAvailability({ guildId, userId: MEMBER, availability: 'mon 18-20' }),
      ),
    ).toBe('Set your time zone first, so I know what your hours mean.');
    expect(await getMemberProfile({ guildId, userId: MEMBER })).toBeNull();

    const withZone = await setMemberAvailability({
      guildId,
      userId: MEMBER,
      timezone: 'America/New_York',
      availability: 'weekdays 19:00-21:00',
    });
    expect(withZone.timezone).toBe('America/New_York');
    expect(withZone.availability).toHaveLength(5);

    await expectInvalidInput('availability', () =>
      setMemberAvailability({ guildId, userId: MEMBER, availability: 'mon 20:00-19:00' }),
    );
    expect((await getMemberProfile({ guildId, userId: MEMBER }))?.availability).toHaveLength(5);

    const cleared = await setMemberAvailability({ guildId, userId: MEMBER, availability: null });
    expect(cleared).toEqual({ guildId, userId: MEMBER, timezone: 'America/New_York', availability: [] });
  });
});
