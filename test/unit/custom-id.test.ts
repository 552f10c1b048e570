import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createCustomIdDecoder,
  defineRoute,
  encodeCustomId,
  InvalidCustomIdError,
} from '../../src/discord/custom-id.js';

const page = defineRoute('mentors.page', {
  askerId: z.string().regex(/^\d{17,20}$/),
  page: z.coerce.number().int().min(0).max(99),
  skill: z.string().max(32),
});
const accept = defineRoute('request.accept', { requestId: z.string().length(24) });
const decode = createCustomIdDecoder([page, accept]);
const asker = '123456789012345678';

function rejection(customId: string): string {
  try {
    decode(customId);
  } catch (error) {
    if (error instanceof InvalidCustomIdError) return error.reason;
    throw error;
  }
  throw new Error(`accepted ${customId}`);
}

describe('custom id codec', () => {
  it('round-trips typed params, even values containing the separator', () => {
    const id = encodeCustomId(page, { askerId: asker, page: 3, skill: 'c++:templates' });
    expect(id).toBe(`v1:mentors.page:${asker}:3:c%2B%2B%3Atemplates`);
    expect(decode(id)).toEqual({ route: page, params: { askerId: asker, page: 3, skill: 'c++:templates' } });
  });

  it('refuses ids from another version, route or arity', () => {
    expect(rejection(`v0:mentors.page:${asker}:3:x`)).toBe('unknown version');
    expect(rejection(`v1:mentors.delete:${asker}:3:x`)).toBe('unknown route');
    expect(rejection(`v1:mentors.page:${asker}:3`)).toBe('wrong number of params');
    expect(rejection('garbage')).toBe('unknown version');
  });

  it('refuses tampered params', () => {
    expect(rejection(`v1:mentors.page:${asker}:1000:x`)).toMatch(/^params rejected/);
    expect(rejection(`v1:mentors.page:not-a-user:1:x`)).toMatch(/^params rejected/);
    expect(rejection(`v1:mentors.page:${asker}:1:%E0%A4%A`)).toBe('malformed encoding');
  });

  it('refuses oversized ids before parsing them', () => {
    expect(rejection(`v1:mentors.page:${asker}:1:${'a'.repeat(100)}`)).toBe('too long');
  });

  it('will not build an id Discord would reject or its own route would refuse', () => {
    const long = defineRoute('long.route', { text: z.string() });
    expect(() => encodeCustomId(long, { text: 'x'.repeat(95) })).toThrow(/max 100/);
    expect(() => encodeCustomId(page, { askerId: 'nope', page: 1, skill: '' })).toThrow();
  });

  it('refuses two routes with one name', () => {
    expect(() => createCustomIdDecoder([page, page])).toThrow(/named mentors.page/);
  });
});
