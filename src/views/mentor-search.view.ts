import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder } from 'discord.js';
import { searchPageRoute } from '../components/mentor-search.routes.js';
import { encodeCustomId } from '../discord/custom-id.js';
import type { ReplyPayload } from '../discord/respond.js';
import type { MentorFinderPage } from '../services/mentor-finder.service.js';
import type { MentorSearchResult } from '../services/mentor-search.service.js';
import { BRAND_COLOR } from './brand.js';
import { plural, timestamp, userText } from './format.js';
import { specialtyLabel } from './labels.js';
import { requestButtons } from './mentorship-request.view.js';

const HOURS_NOTE = {
  own: 'Ranked by skills, shared hours with yours, free places, reputation and responsiveness.',
  assumed: 'Ranked with your hours assumed 09:00-22:00 your time; set them with `/me hours`.',
  unknown: 'Set your time zone with `/me timezone` so shared hours count in the ranking.',
} as const;

function resultBlock({ rank, mentor, score }: MentorSearchResult): string {
  const when = mentor.availableNow
    ? 'available now'
    : mentor.nextAvailability
      ? `next free ${timestamp(mentor.nextAvailability.start, 'R')}`
      : 'no upcoming hours';
  const reasons = score.components
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => c.reason)
    .join(' · ');
  return [
    `**${rank}. <@${mentor.userId}>** · score ${score.total.toFixed(1)}`,
    userText(mentor.headline, 100),
    `${mentor.capacity.free} of ${plural(mentor.capacity.total, 'place')} free · ${when} · ${mentor.localTime.time} their time`,
    reasons ? `-# ${userText(reasons, 300)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export function mentorSearchMessage(page: MentorFinderPage): ReplyPayload {
  const embed = new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle(`Mentors for ${specialtyLabel(page.specialty)}`)
    .setDescription(
      page.total === 0
        ? 'No mentor with a free place matches yet. Try without the skill or availability filter, or check back soon.'
        : page.results.map(resultBlock).join('\n\n'),
    )
    .setFooter({
      text: `${page.total} found · page ${page.page} of ${Math.max(page.pageCount, 1)} · ${HOURS_NOTE[page.askerHours]}`,
    });
  const requests =
    page.results.length > 0
      ? [requestButtons(page.results.map((r) => ({ rank: r.rank, userId: r.mentor.userId })))]
      : [];
  if (page.pageCount <= 1) return { embeds: [embed], components: requests };
  const pageButton = (label: string, target: number, disabled: boolean) =>
    new ButtonBuilder()
      .setCustomId(encodeCustomId(searchPageRoute, { searchId: page.searchId, page: target }))
      .setLabel(label)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(disabled);
  return {
    embeds: [embed],
    components: [
      ...requests,
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        pageButton('Previous', Math.max(page.page - 1, 1), page.page <= 1),
        pageButton('Next', Math.min(page.page + 1, page.pageCount), page.page >= page.pageCount),
      ),
    ],
  };
}
