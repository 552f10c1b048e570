import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder } from 'discord.js';
import { searchPageRoute, shareSearchRoute } from '../components/mentor-search.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { ReplyPayload } from '../discord/respond.js';
import type { Translator } from '../i18n/i18n.js';
import type { MentorFinderPage } from '../services/mentor-finder.service.js';
import type { MentorSearchResult } from '../services/mentor-search.service.js';
import { BRAND_COLOR } from './brand.js';
import { timestamp, userText } from './format.js';
import { buttonLabels, specialtyLabel } from './labels.js';
import { memberLabel, requestButtons } from './mentorship-request.view.js';
import { scoreReasonText } from './score-reason.view.js';

function resultBlock(
  tr: Translator,
  { rank, mentor, score }: MentorSearchResult,
  names: ReadonlyMap<string, string>,
): string {
  const when = mentor.availableNow
    ? tr.t('search.result.availableNow')
    : mentor.nextAvailability
      ? tr.t('search.result.nextAvailable', { when: timestamp(mentor.nextAvailability.start, 'R') })
      : tr.t('search.result.noUpcomingHours');
  const reasons = score.components
    // Places are on their own line, and an unknown time zone is said once in the footer.
    .filter((c) => c.points > 0 && c.key !== 'capacity' && c.reason.kind !== 'unknownHours')
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => userText(scoreReasonText(tr, c.reason), 120))
    .join(' · ');
  // Fair load: a mentor with as many requests waiting as free places says so where places are shown.
  const load = score.components.find((c) => c.key === 'capacity' && c.reason.kind === 'manyWaiting');
  const places = load
    ? scoreReasonText(tr, load.reason)
    : tr.t('search.result.places', { free: mentor.capacity.free, count: mentor.capacity.total });
  return [
    tr.t('search.result.heading', {
      rank,
      mentor: memberLabel(mentor.userId, names.get(mentor.userId) ?? null),
      score: Math.round(score.total),
    }),
    userText(mentor.headline, 100),
    [places, when, tr.t('search.result.theirTime', { time: mentor.localTime.time })].join(' · '),
    reasons ? `-# ${reasons}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function resultsEmbed(
  tr: Translator,
  page: MentorFinderPage,
  names: ReadonlyMap<string, string>,
  footerNote: string,
): EmbedBuilder {
  return new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle(tr.t('search.title', { specialty: specialtyLabel(page.specialty) }))
    .setDescription(
      page.total === 0
        ? tr.t('search.empty')
        : page.results.map((result) => resultBlock(tr, result, names)).join('\n\n'),
    )
    .setFooter({
      text: tr.t('search.footer', {
        total: tr.number(page.total),
        page: page.page,
        pages: Math.max(page.pageCount, 1),
        note: footerNote,
      }),
    });
}

function requestRow(tr: Translator, page: MentorFinderPage): ActionRowBuilder<ButtonBuilder>[] {
  return page.results.length > 0
    ? [
        requestButtons(
          tr,
          page.results.map((r) => ({ rank: r.rank, userId: r.mentor.userId })),
        ),
      ]
    : [];
}

/**
 * The asker's own, private view: results with Request buttons, paging, and a button to share the page
 * in the channel. `names` are display names of the mentors shown (src/discord/member-names.ts).
 */
export function mentorSearchMessage(
  tr: Translator,
  page: MentorFinderPage,
  names: ReadonlyMap<string, string>,
): ReplyPayload {
  const labels = buttonLabels(tr);
  const pageButton = (label: string, target: number, disabled: boolean) =>
    new ButtonBuilder()
      .setCustomId(encodeCustomId(searchPageRoute, { searchId: page.searchId, page: target }))
      .setLabel(label)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(disabled);
  const controls = new ActionRowBuilder<ButtonBuilder>();
  if (page.pageCount > 1) {
    controls.addComponents(
      pageButton(labels.previousPage, Math.max(page.page - 1, 1), page.page <= 1),
      pageButton(labels.nextPage, Math.min(page.page + 1, page.pageCount), page.page >= page.pageCount),
    );
  }
  if (page.results.length > 0) {
    controls.addComponents(
      new ButtonBuilder()
        .setCustomId(encodeCustomId(shareSearchRoute, { searchId: page.searchId, page: page.page }))
        .setLabel(labels.shareResults)
        .setStyle(ButtonStyle.Secondary),
    );
  }
  return {
    embeds: [resultsEmbed(tr, page, names, tr.t(`search.hoursNote.${page.askerHours}`))],
    components: [...requestRow(tr, page), ...(controls.components.length > 0 ? [controls] : [])],
  };
}

/**
 * The page as posted for everyone: who shared it, the same results and their Request buttons, no paging
 * (only the asker pages). The ranking is the asker's, so the footer says so instead of the asker's hints.
 */
export function sharedSearchMessage(
  tr: Translator,
  page: MentorFinderPage,
  names: ReadonlyMap<string, string>,
  sharer: { userId: string; name: string | null },
): ReplyPayload {
  return {
    content: tr.t('search.shared', { member: memberLabel(sharer.userId, sharer.name) }),
    embeds: [resultsEmbed(tr, page, names, tr.t('search.sharedFooter'))],
    components: requestRow(tr, page),
  };
}
