/** `/mentorship list`: the member's requests and mentorships on both sides, with their state and next check-in. */
import { EmbedBuilder } from 'discord.js';
import type { ReplyPayload } from '../discord/respond.js';
import type { Translator } from '../i18n/i18n.js';
import type { Mentorship } from '../../models/mentorship.model.js';
import { REQUEST_LIFETIME_MS, type MentorshipRequest } from '../services/mentorship-request.service.js';
import type { MentorshipOverview } from '../services/mentorship-space.service.js';
import { BRAND_COLOR } from './brand.js';
import { timestamp } from './format.js';
import { memberLabel } from './mentorship-request.view.js';
import { unconfirmedSides } from './mentorship-summary.view.js';

/** Lines per section; an embed field holds 1,024 characters. */
const SHOWN = 6;
const MAX_FIELD = 1_024;

export interface MentorshipListData {
  userId: string;
  overview: MentorshipOverview;
  sent: MentorshipRequest[];
  received: MentorshipRequest[];
  names: Map<string, string>;
}

function lines(tr: Translator, all: string[]): string {
  const shown = all.slice(0, SHOWN);
  if (all.length > SHOWN) shown.push(tr.t('mentorship.list.more', { count: all.length - SHOWN }));
  const text = shown.join('\n');
  return text.length <= MAX_FIELD ? text : `${text.slice(0, MAX_FIELD - 1)}…`;
}

function requestLine(tr: Translator, request: MentorshipRequest, otherId: string, names: Map<string, string>) {
  return tr.t('mentorship.list.requestLine', {
    name: memberLabel(otherId, names.get(otherId) ?? null),
    sent: timestamp(request.createdAt, 'R'),
    expires: timestamp(new Date(request.createdAt.getTime() + REQUEST_LIFETIME_MS), 'R'),
  });
}

function who(tr: Translator, mentorship: Mentorship, data: MentorshipListData): string {
  const mentoring = mentorship.mentorId === data.userId;
  const otherId = mentoring ? mentorship.menteeId : mentorship.mentorId;
  const name = memberLabel(otherId, data.names.get(otherId) ?? null);
  return mentoring ? tr.t('mentorship.list.asMentor', { name }) : tr.t('mentorship.list.asMentee', { name });
}

function currentLine(tr: Translator, mentorship: Mentorship, data: MentorshipListData): string {
  const state: string[] = [
    unconfirmedSides(mentorship).length === 0 ? tr.t('mentorship.list.confirmed') : tr.t('mentorship.list.unconfirmed'),
  ];
  if (mentorship.pausedAt)
    state.push(tr.t('mentorship.list.pausedSince', { since: timestamp(mentorship.pausedAt, 'D') }));
  else if (mentorship.nextCheckInAt) {
    state.push(tr.t('mentorship.list.nextCheckIn', { at: timestamp(mentorship.nextCheckInAt, 'R') }));
  }
  if (mentorship.space.threadId) state.push(tr.t('mentorship.list.thread', { thread: mentorship.space.threadId }));
  return tr.t('mentorship.list.line', {
    who: who(tr, mentorship, data),
    since: timestamp(mentorship.startedAt, 'D'),
    state: state.join(' · '),
  });
}

export function mentorshipListView(tr: Translator, data: MentorshipListData): ReplyPayload {
  const { overview, sent, received } = data;
  const sections: [string, string[]][] = [
    [tr.t('mentorship.list.requestsReceived'), received.map((r) => requestLine(tr, r, r.menteeId, data.names))],
    [tr.t('mentorship.list.requestsSent'), sent.map((r) => requestLine(tr, r, r.mentorId, data.names))],
    [tr.t('mentorship.list.active'), overview.active.map((m) => currentLine(tr, m, data))],
    [tr.t('mentorship.list.paused'), overview.paused.map((m) => currentLine(tr, m, data))],
    [
      tr.t('mentorship.list.past'),
      overview.past.map((m) =>
        tr.t('mentorship.list.endedLine', {
          who: who(tr, m, data),
          since: timestamp(m.startedAt, 'D'),
          until: timestamp(m.endedAt ?? m.startedAt, 'D'),
        }),
      ),
    ],
  ];
  const filled = sections.filter(([, entries]) => entries.length > 0);
  if (filled.length === 0) return { content: tr.t('mentorship.list.none') };
  return {
    embeds: [
      new EmbedBuilder()
        .setColor(BRAND_COLOR)
        .setTitle(tr.t('mentorship.list.title'))
        .addFields(filled.map(([name, entries]) => ({ name, value: lines(tr, entries) }))),
    ],
  };
}
