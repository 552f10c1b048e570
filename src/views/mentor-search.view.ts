import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder } from 'discord.js';
import { searchPageRoute, shareSearchRoute } from '../components/mentor-search.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { ReplyPayload } from '../discord/respond.js';
import type { Translator } from '../i18n/i18n.js';
import type { MentorFinderPage } from '../services/mentor-finder.service.js';
import type { MentorSearchResult } from '../services/mentor-search.service.js';
import { UNKNOWN_HOURS_REASON } from '../services/mentor-score.js';
import { BRAND_COLOR } from './brand.js';
import { plural, timestamp, userText } from './format.js';
import { buttonLabels, specialtyLabel } from './labels.js';
import { memberLabel, requestButtons } from './mentorship-request.view.js';

const HOURS_NOTE = {
  own: 'Ranked by skills, shared hours with yours, free places, reputation and responsiveness.',
  assumed: 'Ranked with your hours assumed 09:00-22:00 your time; set them with `/me hours`.',
  unknown: 'Set your time zone with `/me timezone` so shared hours count in the ranking.',
} as const;

function resultBlock({ rank, mentor, score }: MentorSearchResult, names: ReadonlyMap<string, string>): string {
  const when = mentor.availableNow
    ? 'available now'
    : mentor.nextAvailability
      ? `next available ${timestamp(mentor.nextAvailability.start, 'R')}`
      : 'no upcoming hours';
  const reasons = score.components
    // Places are on their own line, and an unknown time zone is said once in the footer.
    .filter((c) => c.points > 0 && c.key !== 'capacity' && c.reason !== UNKNOWN_HOURS_REASON)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => c.reason)
    .join(' · ');
  return [
    `**${rank}.** ${memberLabel(mentor.userId, names.get(mentor.userId) ?? null)} · match **${Math.round(score.total)}**/100`,
    userText(mentor.headline, 100),
    `${mentor.capacity.free} of ${plural(mentor.capacity.total, 'place')} free · ${when} · ${mentor.localTime.time} their time`,
    reasons ? `-# ${userText(reasons, 300)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function resultsEmbed(page: MentorFinderPage, names: ReadonlyMap<string, string>, footerNote: string): EmbedBuilder {
  return new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle(`Mentors for ${specialtyLabel(page.specialty)}`)
    .setDescription(
      page.total === 0
        ? 'No mentor with a free place matches yet. Try without the language, format or availability filter, or check back soon.'
        : page.results.map((result) => resultBlock(result, names)).join('\n\n'),
    )
    .setFooter({
      text: `${page.total} found · page ${page.page} of ${Math.max(page.pageCount, 1)} · ${footerNote}`,
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
    embeds: [resultsEmbed(page, names, HOURS_NOTE[page.askerHours])],
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
    content: `${memberLabel(sharer.userId, sharer.name)} shared these mentor search results.`,
    embeds: [resultsEmbed(page, names, 'Ranked for the hours of the member who searched.')],
    components: requestRow(tr, page),
  };
}
