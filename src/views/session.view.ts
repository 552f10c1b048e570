import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, type MessageCreateOptions } from 'discord.js';
import { encodeCustomId } from '../discord/custom-id.js';
import { confirmSessionRoute, disputeSessionRoute } from '../components/session.routes.js';
import type { Translator } from '../i18n/i18n.js';
import type { Session, SessionHistory, SessionTotals } from '../services/reputation/session.service.js';
import { userText } from './format.js';
import { formatLabel } from './labels.js';

const unix = (at: Date) => Math.floor(at.getTime() / 1000);

export function durationLabel(tr: Translator, minutes: number | null): string {
  return minutes === null ? tr.t('sessions.unknownLength') : tr.t('sessions.minutes', { count: minutes });
}

export function hoursLabel(tr: Translator, minutes: number): string {
  return tr.t('sessions.hours', { hours: tr.number(Math.round(minutes / 6) / 10) });
}

function answerButtons(tr: Translator, session: Session): ActionRowBuilder<ButtonBuilder> {
  const ids = { guildId: session.guildId, sessionId: session.id };
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(encodeCustomId(confirmSessionRoute, ids))
      .setStyle(ButtonStyle.Success)
      .setLabel(tr.t('sessions.buttons.confirm')),
    new ButtonBuilder()
      .setCustomId(encodeCustomId(disputeSessionRoute, ids))
      .setStyle(ButtonStyle.Danger)
      .setLabel(tr.t('sessions.buttons.dispute')),
  );
}

/** The attendee's question: did this session happen? Topics are the mentor's words, escaped. */
export function sessionQuestion(tr: Translator, session: Session, serverName: string): MessageCreateOptions {
  const lines: string[] = [
    tr.t('sessions.ask', {
      mentor: session.mentorId,
      server: userText(serverName, 100),
      duration: durationLabel(tr, session.durationMinutes),
      at: unix(session.heldAt),
    }),
  ];
  if (session.format) lines.push(formatLabel(tr, session.format));
  if (session.topics) lines.push(tr.t('sessions.askTopics', { topics: userText(session.topics, 200) }));
  return { content: lines.join('\n'), components: [answerButtons(tr, session)], allowedMentions: { parse: [] } };
}

/** Sessions waiting for the member's answer, one row of buttons each (at most five rows fit). */
export function pendingSessionsMessage(tr: Translator, sessions: readonly Session[]) {
  if (sessions.length === 0) return { content: tr.t('sessions.pending.none'), embeds: [], components: [] };
  const shown = sessions.slice(0, 5);
  return {
    embeds: [
      new EmbedBuilder().setTitle(tr.t('sessions.pending.title')).setDescription(
        shown
          .map(
            (s, i) =>
              `${String(i + 1)}. ${tr.t('sessions.pending.line', {
                mentor: s.mentorId,
                at: unix(s.heldAt),
                duration: durationLabel(tr, s.durationMinutes),
              })}${s.topics ? `\n${tr.t('sessions.askTopics', { topics: userText(s.topics, 200) })}` : ''}`,
          )
          .join('\n'),
      ),
    ],
    components: shown.map((s) => answerButtons(tr, s)),
  };
}

export function sessionTotalsLine(tr: Translator, totals: SessionTotals): string {
  return tr.t('sessions.history.totals', {
    count: totals.sessionsHeld,
    hours: hoursLabel(tr, totals.minutesMentored),
    people: tr.number(totals.peopleHelped),
  });
}

function historyLine(tr: Translator, session: Session, userId: string, full: boolean): string {
  const who =
    session.mentorId === userId
      ? tr.t('sessions.history.led', { people: session.attendeeIds.map((id) => `<@${id}>`).join(', ') })
      : tr.t('sessions.history.attended', { mentor: session.mentorId });
  const lines: string[] = [
    tr.t('sessions.history.line', {
      at: unix(session.heldAt),
      who,
      duration: durationLabel(tr, session.durationMinutes),
      status: tr.t(`sessions.statuses.${session.status}`),
    }),
  ];
  if (session.topics) lines.push(tr.t('sessions.history.topics', { topics: userText(session.topics, 150) }));
  if (full && session.notes) lines.push(tr.t('sessions.history.notes', { notes: userText(session.notes, 200) }));
  return lines.join('\n');
}

export function sessionHistoryEmbed(tr: Translator, history: SessionHistory, name: string): EmbedBuilder {
  const body = history.sessions.map((s) => historyLine(tr, s, history.userId, history.full)).join('\n\n');
  return new EmbedBuilder()
    .setTitle(tr.t('sessions.history.title', { name: userText(name, 80) }))
    .setDescription(
      [
        sessionTotalsLine(tr, history.totals),
        body || tr.t('sessions.history.none'),
        history.full ? null : `-# ${tr.t('sessions.history.privacy')}`,
      ]
        .filter(Boolean)
        .join('\n\n')
        .slice(0, 4_000),
    );
}

/** The mentor profile's line beside the track record (which already counts sessions): hours mentored, people helped. */
export function profileSessionTotals(tr: Translator, totals: SessionTotals): string {
  return tr.t('sessions.profile.totals', {
    hours: hoursLabel(tr, totals.minutesMentored),
    people: tr.number(totals.peopleHelped),
  });
}
