/**
 * The bot rendered in the pseudo-locale: every catalog message comes out wrapped in ⟦ ⟧. The main flows
 * are played, then every text a member could read (messages and their edits, embeds, buttons, selects,
 * modals, DMs) is checked: anything left once catalog text, mentions, timestamps, emoji, numbers and the
 * members' own data are taken away bypassed the catalog.
 */
import type { APIEmbed, APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSpecialties } from '../../src/services/specialty.service.js';
import { PSEUDO_CLOSE, PSEUDO_LOCALE, PSEUDO_OPEN } from '../../src/i18n/pseudo-locale.js';
import { choose } from '../support/mentorship-pairs.js';
import { buttonsOn } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

/** Text members typed in this test: their own words are data, marked so they pass the check. */
const typed = (text: string) => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;

/** Texts shown in components and modals (an option's `value` is sent back, never shown). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value === null || typeof value !== 'object') return [];
  const shown = ['content', 'title', 'description', 'name', 'text', 'label', 'placeholder'];
  return Object.entries(value).flatMap(([key, inner]) =>
    shown.includes(key) || typeof inner === 'object' ? texts(inner) : [],
  );
}

function embedTexts(embeds: readonly APIEmbed[]): string[] {
  return embeds.flatMap((embed) => [
    ...texts({ title: embed.title, description: embed.description, footer: embed.footer, author: embed.author }),
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ]);
}

/** What is left of a text once everything legitimate is taken away. */
function bypassed(text: string, data: readonly string[]): string {
  let rest = text;
  // Catalog messages may nest (a refusal inside a sentence): peel the innermost first.
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/gu, ' ');
  }
  for (const item of data) rest = rest.split(item).join(' ');
  return rest
    .replace(/<(?:@[!&]?|#)\d+>|<t:\d+(?::[tTdDfFR])?>|<a?:\w+:\d+>|`[^`]*`/gu, ' ')
    .replace(/https?:\/\/\S+/gu, ' ')
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Component}\uFE0F\u200D]/gu, ' ')
    .replace(/[\p{P}\p{S}\p{N}\s]/gu, '')
    .trim();
}

describe('pseudo-locale run', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld({ forceLocale: PSEUDO_LOCALE });
  });
  afterAll(async () => {
    await world.stop();
  });

  it('sends no text a member reads that bypasses the catalog', async () => {
    const admin = world.user('admin', { admin: true });
    const alice = world.user('alice');
    const bob = world.user('bob');

    await world.user('admin').slash('help');
    await admin.slash('specialty list');
    const panel = await alice.slash('mentor register', { timezone: 'Europe/Berlin', years: 8, capacity: 2 });
    const placeholderOf = (seen: typeof panel, route: string) => {
      const select = seen.components().find((c) => 'custom_id' in c && c.custom_id.includes(route));
      if (!select || !('placeholder' in select) || !select.placeholder) throw new Error(`No ${route} select`);
      return select.placeholder;
    };
    const picked = await panel.select(placeholderOf(panel, 'specialties'), ['web-development']);
    const ready = await picked.select(placeholderOf(picked, 'formats'), ['one-on-one', 'code-review']);
    const continued = ready.buttons()[0];
    if (!continued) throw new Error('The registration panel has no button');
    const form = await ready.click(continued.label);
    await form.submitModal({
      headline: typed('Frontend lead'),
      bio: typed('I review React code'),
      skills: 'react, typescript',
      availability: 'mon-fri 18:00-21:00',
    });
    await alice.slash('mentor profile');
    await bob.slash('me timezone', { timezone: 'America/New_York' });
    const results = await bob.slash('mentors find', { specialty: 'web-development', skill: 'react' });
    // Shared in the channel: a public post, in the server's language.
    const share = results.buttons().find((button) => button.customId.startsWith('v1:mentors.share:'));
    if (!share) throw new Error('No share button on the results');
    await results.click(share.label);
    const request = results.buttons().find((button) => button.label.includes('1'));
    if (!request) throw new Error('No request button on the results');
    const goals = await results.click(request.label);
    await goals.submitModal({ goals: typed('Ship my first React app to production') });
    await bob.slash('me requests');
    const dm = await world.emulator.waitFor(() => alice.dms().find((message) => message.components.length > 0), {
      description: 'the request DM',
    });
    const accept = buttonsOn(dm)[0];
    if (!accept) throw new Error('The request DM has no button');
    // The admins' channel hears that the pair has no thread (a public post, in the server's language).
    await admin.slash('admin applications-channel', { channel: world.channel('general').id });
    await alice.press(dm, accept.label);
    await world.emulator.waitFor(() => bob.dms().length > 0, { description: "bob's DM" });
    // The pair's space (no mentorship channel: the summary and Confirm buttons come by DM, the admins are told).
    await world.jobsSettled();
    await bob.slash('mentorship agreement', { length: 99 });
    await bob.slash('mentorship agreement', { format: 'code-review' });
    await bob.slash('mentorship goals add', { title: typed('Ship it') });
    await bob.slash('mentorship goals done', { milestone: 1 });
    await bob.slash('mentorship list');
    const summaryDm = await world.emulator.waitFor(
      () => bob.dms().find((message) => buttonsOn(message).some((b) => b.customId.includes('mentorship.confirm'))),
      { description: 'the summary DM' },
    );
    const confirmMentee = buttonsOn(summaryDm)[1];
    if (!confirmMentee) throw new Error('The summary DM has no Confirm buttons');
    await bob.press(summaryDm, confirmMentee.label);
    const guide = await admin.slash('admin mentorship-guide', { guide: 'challenges' });
    const edit = guide.buttons()[0];
    if (!edit) throw new Error('The guide panel has no Edit button');
    await (await guide.click(edit.label)).submitModal({ text: typed('Talk early') });
    await bob.slash('mentors find', { specialty: 'knitting-for-spies' });
    await alice.slash('mentor pause');
    await alice.slash('mentor resume');
    await alice.slash('session log', { with: bob.id, minutes: 45, topics: typed('Hooks') });
    const sessionDm = await world.emulator.waitFor(
      () => bob.dms().find((message) => message.components.length > 0 && message.id !== dm.id),
      { description: 'the session DM' },
    );
    const confirm = buttonsOn(sessionDm)[0];
    if (!confirm) throw new Error('The session DM has no button');
    await bob.press(sessionDm, confirm.label);
    await bob.slash('thanks', { user: alice.id });
    await admin.slash('rep-admin thanks-rules', { 'min-days': 0 });
    await bob.slash('thanks', { user: alice.id, reason: typed('Great review') });
    await bob.slash('leaderboard', { period: 'all' });
    await bob.slash('rep', { user: alice.id });
    await alice.slash('session history');
    await admin.slash('rep-admin rings');
    // The weeks below close: the week's top members are announced in public, in the server's language.
    await admin.slash('rep-admin channel', { channel: world.channel('announcements').id });
    // An open request to a specialty, posted in a channel and claimed by a mentor with a free place.
    await admin.slash('admin open-requests-channel', { channel: world.channel('announcements').id });
    const openForm = await world.user('carol').slash('mentors request', { specialty: 'web-development' });
    await openForm.submitModal({ goals: typed('Review my portfolio site') });
    const openPost = await world.emulator.waitFor(
      () => world.messages('announcements').find((message) => buttonsOn(message).length > 1),
      { description: 'the open request post' },
    );
    const claim = buttonsOn(openPost)[0];
    if (!claim) throw new Error('The open request has no Claim button');
    await alice.press(openPost, claim.label);
    // Two weeks on, the pair's check-in (a review: pulse buttons and a rating select); then weeks of quiet.
    await world.advanceTime(15 * 24 * 60 * 60_000);
    const checkIn = await world.emulator.waitFor(() => bob.dms().find((message) => message.components.length > 1), {
      description: 'the check-in DM',
    });
    const stuck = buttonsOn(checkIn)[2];
    if (!stuck) throw new Error('The check-in has no pulse buttons');
    await bob.press(checkIn, stuck.label);
    await bob.press(checkIn, stuck.label);
    await choose(bob, checkIn, '2');
    await admin.slash('admin fading-days', { days: 7 });
    await world.advanceTime(15 * 24 * 60 * 60_000);
    await bob.slash('mentorship pause');
    await bob.slash('mentorship pause');
    await alice.slash('mentorship resume');
    const ended = await bob.slash('mentorship end', { reason: 'completed' });
    const feedback = ended.buttons()[0];
    if (!feedback) throw new Error('The end has no feedback button');
    await (await ended.click(feedback.label)).submitModal({ rating: '5', comment: typed('Thanks') });
    const endDm = await world.emulator.waitFor(
      () => alice.dms().find((message) => buttonsOn(message).some((b) => b.customId.includes('mentorship.feedback'))),
      { description: 'the end DM' },
    );
    await (await alice.press(endDm, feedback.label)).submitModal({ rating: '4', comment: '' });
    await world.jobsSettled();

    const data = [
      ...[
        'admin',
        'alice',
        'bob',
        'carol',
        'Mentor Hub',
        'react',
        'typescript',
        'Europe/Berlin',
        'America/New_York',
        'UTC',
      ],
      // Language names come from Intl's data for the locale, not from the catalog.
      'English',
      ...(await listSpecialties(world.guild.id, { includeArchived: true })).flatMap((s) => [s.name, s.slug]),
    ];
    const shown: { where: string; text: string }[] = [];
    for (const message of world.emulator.state.messages.values()) {
      if (message.authorId !== world.app.client.user?.id && message.webhookId === null) continue;
      for (const version of [message, ...message.history]) {
        const where = `message ${message.id}`;
        shown.push(
          ...[version.content, ...embedTexts(version.embeds), ...texts(version.components)].map((text) => ({
            where,
            text,
          })),
        );
      }
    }
    for (const interaction of world.emulator.state.interactions.values()) {
      const modal: APIModalInteractionResponseCallbackData | null = interaction.modal;
      if (modal) shown.push(...texts(modal).map((text) => ({ where: `modal of ${interaction.id}`, text })));
    }
    expect(shown.length).toBeGreaterThan(20);
    const leaks = shown
      .map(({ where, text }) => ({ where, text, left: bypassed(text, data) }))
      .filter(({ left }) => left !== '');
    expect(leaks).toEqual([]);
  });
});
