/**
 * `npm run demo`: the real bot against the Discord emulator and the in-process database, offline,
 * playing the main flows as members would and printing what each of them saw.
 */
import { ComponentType, type APIEmbed } from 'discord-api-types/v10';
import { seedMentors } from '../test/support/fixtures/mentors.js';
import type { MessageRecord } from '../test/support/discord/state/records.js';
import type { Actor } from '../test/support/world/actor.js';
import { buttonsOn, componentsOn, type Seen } from '../test/support/world/seen.js';
import { startWorld } from '../test/support/world/world.js';

/** Renders what Discord would: mentions as names, timestamps in UTC (relative ones as "in 5 h"), escapes consumed. */
const names = new Map<string, string>();
const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
function relative(date: Date): string {
  const minutes = Math.round((date.getTime() - world.clock.now().getTime()) / 60_000);
  const size = Math.abs(minutes);
  if (size === 0) return 'just now';
  const amount =
    size < 60 ? `${size} min` : size < 48 * 60 ? `${Math.round(size / 60)} h` : `${Math.round(size / 1440)} days`;
  return minutes >= 0 ? `in ${amount}` : `${amount} ago`;
}
const render = (text: string) =>
  text
    .replace(/<@(\d+)>/g, (_, id: string) => names.get(id) ?? '@a mentor')
    .replace(/<t:(\d+):([a-zA-Z])>/g, (_, unix: string, style: string) => {
      const date = new Date(Number(unix) * 1000);
      return style === 'R' ? relative(date) : utc(date);
    })
    .replace(/\\([^\w\s])/g, '$1');

const indent = (text: string) =>
  render(text)
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');

function embedText(embed: APIEmbed): string {
  return [
    embed.title ? `# ${embed.title}` : '',
    embed.description ?? '',
    ...(embed.fields ?? []).map((f) => `${f.name}: ${f.value.replaceAll('\n', ', ')}`),
    embed.footer?.text ? `(${embed.footer.text})` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function show(who: string, action: string, seen: Seen): Seen {
  console.log(`\n> ${who} ${action}`);
  if (seen.kind === 'modal') {
    console.log('   sees a form to fill in');
    return seen;
  }
  const where =
    seen.message.guildId === null ? ' (in their DMs)' : seen.ephemeral ? ' (only them)' : ' (everyone in the channel)';
  console.log(`   sees${where}:`);
  if (seen.content) console.log(indent(seen.content));
  for (const embed of seen.embeds) console.log(indent(embedText(embed)));
  const controls = seen.buttons().map((b) => `[${b.label}${b.disabled ? ', disabled' : ''}]`);
  if (controls.length > 0) console.log(indent(controls.join(' ')));
  return seen;
}

/** A direct message as it stands now (later edits included). */
function showDm(who: string, what: string, message: MessageRecord): void {
  console.log(`\n> ${who} ${what}:`);
  if (message.content) console.log(indent(message.content));
  for (const embed of message.embeds) console.log(indent(embedText(embed)));
  const controls = buttonsOn(message).map((b) => `[${b.label}]`);
  if (controls.length > 0) console.log(indent(controls.join(' ')));
}

const world = await startWorld();
/** Presses the Request button of `mentor` on the member's search results. */
async function pressRequest(who: Actor, mentor: Actor): Promise<Seen> {
  const results = await who.slash('mentors find', { specialty: 'web-development', skill: 'react' });
  const button = results.buttons().find((b) => b.customId.endsWith(`:${mentor.id}`));
  if (!button) throw new Error(`${mentor.name} is not offered to ${who.name}`);
  return who.act(
    world.emulator.interactions.button({ userId: who.id, message: results.message, customId: button.customId }),
  );
}
/** Picks `value` in the select of a message (a check-in's rating). */
async function chooseIn(who: Actor, message: MessageRecord, value: string): Promise<Seen> {
  const select = componentsOn(message).find((c) => c.type === ComponentType.StringSelect);
  if (select?.type !== ComponentType.StringSelect) throw new Error('No select on the message');
  return who.act(
    world.emulator.interactions.select({ userId: who.id, message, customId: select.custom_id, values: [value] }),
  );
}
const dmFrom = (mentor: Actor, from: Actor) => mentor.dmMatching(new RegExp(`\\(<@${from.id}>\\) would like you`));

const member = (name: string) => {
  const actor = world.user(name);
  names.set(actor.id, `@${name}`);
  return actor;
};
try {
  console.log(`mentor-bot demo: server "${world.guild.name}", database ${world.database.backend}`);
  await seedMentors({ guildId: world.guild.id, count: 12, specialty: 'web-development' }, world.clock);
  console.log('(12 mentors in web development were registered beforehand)');

  const alice = member('alice');
  const panel = show(
    'alice',
    'runs /mentor register timezone:Europe/Berlin years:8 capacity:2',
    await alice.slash('mentor register', { timezone: 'Europe/Berlin', years: 8, capacity: 2 }),
  );
  const picked = await panel.select('Your specialties', ['web-development']);
  const ready = show(
    'alice',
    'picks Web development and 1:1 + Code review',
    await picked.select('Formats you offer', ['one-on-one', 'code-review']),
  );
  const form = show('alice', 'presses Continue', await ready.click('Continue'));
  show(
    'alice',
    'fills in the form and submits',
    await form.submitModal({
      headline: 'Frontend lead, happy to review React and TypeScript',
      bio: 'Eight years of shipping web apps; I like helping people get their first job.',
      skills: 'React, TS, testing',
      availability: 'mon-fri 18:00-21:00, sat 10:00-12:00',
    }),
  );

  const bob = member('bob');
  show('bob', 'runs /me timezone:America/New_York', await bob.slash('me timezone', { timezone: 'America/New_York' }));
  const results = show(
    'bob',
    'runs /mentors find specialty:web-development skill:react',
    await bob.slash('mentors find', { specialty: 'web-development', skill: 'react' }),
  );
  if (results.buttons().some((b) => b.label === 'Next' && !b.disabled)) {
    show('bob', 'presses Next', await results.click('Next'));
  }
  const fresh = await bob.slash('mentors find', { specialty: 'web-development', skill: 'react' });
  const goals = show('bob', 'presses Request 1 (alice)', await fresh.click('Request 1'));
  show(
    'bob',
    'writes his goals and sends the request',
    await goals.submitModal({ goals: 'Ship my first React app to production and prepare for frontend interviews.' }),
  );
  const request = await alice.dmMatching(/would like you to mentor them/);
  showDm('alice', 'gets a direct message', request);
  show('alice', 'presses Accept', await alice.press(request, 'Accept'));
  const news = await bob.dmMatching(/accepted your mentorship request/);
  console.log(`\n> bob gets a direct message:\n${indent(news.content)}`);
  show('bob', 'runs /mentor profile user:alice', await bob.slash('mentor profile', { user: alice.id }));

  console.log('\n--- A member changes their mind and withdraws a request');
  const carol = member('carol');
  await (
    await pressRequest(carol, alice)
  ).submitModal({ goals: 'Learn to test React components without flaky snapshots.' });
  const mine = show('carol', 'runs /me requests', await carol.slash('me requests'));
  show('carol', 'presses Withdraw 1', await mine.click('Withdraw 1'));
  const withdrawn = await dmFrom(alice, carol);
  await world.jobsSettled();
  showDm('alice', 'sees her DM from carol, now edited', withdrawn);

  console.log('\n--- A request nobody answers expires after 7 days');
  const dave = member('dave');
  await (await pressRequest(dave, alice)).submitModal({ goals: 'Move from jQuery to a modern React stack at work.' });
  const unanswered = await dmFrom(alice, dave);
  console.log('\n(7 days pass without an answer)');
  await world.advanceTime(7 * 24 * 60 * 60_000 + 60_000);
  showDm('dave', 'gets a direct message', await dave.dmMatching(/got no answer/));
  showDm('alice', 'sees her DM from dave, now edited', unanswered);
  showDm('alice', 'is told once, in a reply to it', await alice.dmMatching(/expired: it got no answer/));

  console.log('\n--- After a decline, the same mentor cannot be asked again for a while');
  const erin = member('erin');
  await (await pressRequest(erin, alice)).submitModal({ goals: 'Prepare for a senior frontend interview next month.' });
  const declineForm = await alice.press(await dmFrom(alice, erin), 'Decline');
  show(
    'alice',
    'presses Decline and writes a note',
    await declineForm.submitModal({ reason: 'I only take juniors this season; good luck!' }),
  );
  showDm('erin', 'gets a direct message', await erin.dmMatching(/can't take your mentorship request/));
  console.log('\n(a week passes)');
  await world.advanceTime(7 * 24 * 60 * 60_000);
  show('erin', 'presses Request on alice again', await pressRequest(erin, alice));
  show('alice', 'runs /mentor pause', await alice.slash('mentor pause'));
  show('alice', 'runs /mentor resume', await alice.slash('mentor resume'));

  console.log('\n--- alice and bob: a check-in on their cadence, then an honest end with private feedback');
  console.log('\n(a day passes: two weeks since alice accepted)');
  await world.advanceTime(24 * 60 * 60_000);
  const checkIn = await bob.dmMatching(/Check-in #1/);
  showDm('bob', 'gets his first check-in (every two weeks, at an hour that suits New York and Berlin)', checkIn);
  show('bob', 'presses Going well', await bob.press(checkIn, 'Going well'));
  show('bob', 'rates the mentorship 5 stars', await chooseIn(bob, checkIn, '5'));
  show('alice', 'presses OK on hers', await alice.press(await alice.dmMatching(/Check-in #1/), 'OK'));
  show('carol', 'presses Stuck on bob’s check-in', await carol.press(checkIn, 'Stuck'));
  show('bob', 'runs /mentorship pause', await bob.slash('mentorship pause'));
  showDm('alice', 'is told', await alice.dmMatching(/paused your mentorship/));
  show('alice', 'runs /mentorship resume', await alice.slash('mentorship resume'));
  const ended = show(
    'bob',
    'runs /mentorship end reason:completed',
    await bob.slash('mentorship end', { reason: 'completed' }),
  );
  const aliceEnd = await alice.dmMatching(/ended your mentorship/);
  showDm('alice', 'gets a direct message', aliceEnd);
  const bobForm = await ended.click('Give private feedback');
  show(
    'bob',
    'gives private feedback',
    await bobForm.submitModal({ rating: '5', comment: 'Patient reviews and honest advice. Thank you!' }),
  );
  show('bob', 'presses the feedback button again', await ended.click('Give private feedback'));
  const aliceForm = await alice.press(aliceEnd, 'Give private feedback');
  show(
    'alice',
    'gives hers',
    await aliceForm.submitModal({ rating: '5', comment: 'Bob came prepared every time; he will do great.' }),
  );
  showDm('bob', 'now reads alice’s feedback, privately', await bob.dmMatching(/Feedback from/));
  showDm('alice', 'reads bob’s', await alice.dmMatching(/Feedback from/));
  show('alice', 'runs /mentor profile', await alice.slash('mentor profile'));
  console.log('\nDemo finished.');
} finally {
  await world.stop();
}
