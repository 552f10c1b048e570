import { describe, expect, it } from 'vitest';
import { findUserLocale, UserLocaleModel } from '../../models/user-locale.model.js';
import { createUserLocales } from '../../src/services/localization/user-locale.service.js';
import { newGuildId, useServiceDatabase } from '../support/service-database.js';

useServiceDatabase('user-locale-service');

/** Fresh snowflake-shaped user ids, so tests never share a user. */
const newUserId = newGuildId;

describe('user locales', () => {
  it("answers in the client's language and remembers it only when it changes", async () => {
    const locales = createUserLocales();
    const userId = newUserId();
    expect(await locales.forInteraction(userId, 'es-419')).toBe('es');
    expect((await findUserLocale(userId))?.seenLocale).toBe('es');
    const written = (await UserLocaleModel.findOne({ userId }).lean<{ updatedAt: Date }>())?.updatedAt;
    expect(await locales.forInteraction(userId, 'es-ES')).toBe('es');
    expect((await UserLocaleModel.findOne({ userId }).lean<{ updatedAt: Date }>())?.updatedAt).toEqual(written);
    expect(await locales.forInteraction(userId, 'pt-BR')).toBe('pt-BR');
    expect((await findUserLocale(userId))?.seenLocale).toBe('pt-BR');
  });

  it('lets a chosen language win over the client, in this process and (after a minute) in another', async () => {
    let clock = 1_000_000;
    const here = createUserLocales(() => clock);
    const elsewhere = createUserLocales(() => clock);
    const userId = newUserId();
    expect(await elsewhere.forInteraction(userId, 'en-US')).toBe('en');
    await here.choose({ userId, locale: 'pt-BR' });
    expect(await here.forInteraction(userId, 'en-US')).toBe('pt-BR');
    clock += 61_000;
    expect(await elsewhere.forInteraction(userId, 'en-US')).toBe('pt-BR');
    await here.choose({ userId, locale: null });
    expect(await here.forInteraction(userId, 'en-US')).toBe('en');
  });

  it('speaks to a recipient in their choice, else their last client language, else the server language', async () => {
    const locales = createUserLocales();
    const stranger = newUserId();
    expect(await locales.forRecipient(stranger)).toBe('en');
    expect(await locales.forRecipient(stranger, 'es-ES')).toBe('es');
    const seen = newUserId();
    await locales.forInteraction(seen, 'pt-BR');
    expect(await createUserLocales().forRecipient(seen, 'es-ES')).toBe('pt-BR');
  });

  it('refuses a locale the bot does not ship', async () => {
    await expect(createUserLocales().choose({ userId: newUserId(), locale: 'fr' as never })).rejects.toThrow();
  });
});
