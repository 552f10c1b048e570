import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder } from 'discord.js';
import { leaderboardPageRoute } from '../components/leaderboard.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { Translator } from '../i18n/i18n.js';
import type { Leaderboard, PeriodAnnouncement, RankedMember } from '../services/reputation/leaderboard.service.js';
import { userText } from './format.js';

const BAR_WIDTH = 12;
const MEDALS = ['🥇', '🥈', '🥉'];
const unix = (at: Date) => Math.floor(at.getTime() / 1000);

/** Points as a bar against the leader's, so the gaps read at a glance. */
export function pointsBar(points: number, top: number): string {
  const filled = top <= 0 ? 0 : Math.max(points > 0 ? 1 : 0, Math.round((points / top) * BAR_WIDTH));
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

function periodLabel(tr: Translator, board: Pick<Leaderboard, 'kind'>): string {
  return tr.t(`reputation.periods.${board.kind}`);
}

function line(tr: Translator, member: RankedMember, top: number): string {
  return tr.t('reputation.leaderboard.line', {
    rank: member.rank,
    user: member.userId,
    points: tr.number(member.points),
    sessions: tr.number(member.sessions),
    bar: pointsBar(member.points, top),
  });
}

/**
 * A page of the leaderboard, private to the member who asked (so only they turn its pages), with their
 * own place under it even when it is on another page.
 */
export function leaderboardMessage(tr: Translator, board: Leaderboard) {
  const title = board.specialty
    ? tr.t('reputation.leaderboard.titleSpecialty', {
        period: periodLabel(tr, board),
        specialty: userText(board.specialty.name, 60),
      })
    : tr.t('reputation.leaderboard.title', { period: periodLabel(tr, board) });
  const own = board.own
    ? tr.t('reputation.leaderboard.own', {
        rank: board.own.rank,
        points: tr.number(board.own.points),
        sessions: tr.number(board.own.sessions),
      })
    : tr.t('reputation.leaderboard.ownNone');
  const body =
    board.entries.length === 0
      ? tr.t('reputation.leaderboard.empty')
      : board.entries.map((member) => line(tr, member, board.topPoints)).join('\n');
  const embed = new EmbedBuilder()
    .setTitle(title)
    .setDescription(`${body}\n\n${own}`)
    .setFooter({
      text: tr.t('reputation.leaderboard.footer', {
        page: board.page,
        pages: board.pageCount,
        total: tr.number(board.total),
      }),
    });
  const turn = (page: number) =>
    encodeCustomId(leaderboardPageRoute, { period: board.period, specialty: board.specialty?.slug ?? '', page });
  const components =
    board.pageCount <= 1
      ? []
      : [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder()
              .setCustomId(turn(Math.max(1, board.page - 1)))
              .setStyle(ButtonStyle.Secondary)
              .setLabel(tr.t('reputation.leaderboard.previous'))
              .setDisabled(board.page <= 1),
            new ButtonBuilder()
              .setCustomId(turn(Math.min(board.pageCount, board.page + 1)))
              .setStyle(ButtonStyle.Secondary)
              .setLabel(tr.t('reputation.leaderboard.next'))
              .setDisabled(board.page >= board.pageCount),
          ),
        ];
  return { content: '', embeds: [embed], components };
}

/** The finished period's winners, posted once in the server's language; only the winners are notified. */
export function periodAnnouncementMessage(tr: Translator, announcement: PeriodAnnouncement) {
  const header = tr.t(`reputation.announcement.${announcement.kind}`, {
    start: unix(announcement.start),
    end: unix(new Date(announcement.end.getTime() - 1)),
  });
  const lines = announcement.winners.map((winner, i) =>
    tr.t('reputation.announcement.line', {
      medal: MEDALS[i] ?? `#${String(winner.rank)}`,
      user: winner.userId,
      points: tr.number(winner.points),
      sessions: tr.number(winner.sessions),
    }),
  );
  return {
    content: [header, ...lines, tr.t('reputation.announcement.closing')].join('\n'),
    allowedMentions: { users: announcement.winners.map((winner) => winner.userId) },
  };
}
