import { EmbedBuilder } from 'discord.js';
import type { MentorProfileView } from '../services/mentor-profile.service.js';
import { BRAND_COLOR } from './brand.js';
import { plural, timestamp, userText } from './format.js';
import { specialtyLabel } from './labels.js';

const applicantLine = (view: MentorProfileView, displayName: string) =>
  `<@${view.profile.userId}> (${userText(displayName, 80)})`;

const specialtiesOf = (view: MentorProfileView) => view.specialties.map(specialtyLabel).join(', ') || 'none';

/** Posted in the applications channel when a member applies under the formal program. */
export function mentorApplicationNotice(view: MentorProfileView, displayName: string): { embeds: EmbedBuilder[] } {
  const { profile } = view;
  return {
    embeds: [
      new EmbedBuilder()
        .setColor(BRAND_COLOR)
        .setTitle('New mentor application')
        .setDescription(
          [
            applicantLine(view, displayName),
            `**${userText(profile.headline, 100)}**`,
            `Specialties: ${specialtiesOf(view)}`,
            `Experience: ${plural(profile.yearsExperience, 'year')}`,
            `Decide with \`/admin approve\` or \`/admin reject\`; \`/admin applications\` lists everyone waiting.`,
          ].join('\n'),
        ),
    ],
  };
}

/** `/admin applications`: who waits for a decision. */
export function pendingApplicationsList(
  total: number,
  applications: readonly { view: MentorProfileView; displayName: string }[],
): { content: string; embeds: EmbedBuilder[] } {
  if (total === 0) return { content: 'No mentor applications are waiting for a decision.', embeds: [] };
  const lines = applications.map(
    ({ view, displayName }) =>
      `${applicantLine(view, displayName)}: ${userText(view.profile.headline, 100)}\n` +
      `  ${specialtiesOf(view)} · profile saved ${timestamp(view.profile.updatedAt, 'R')}`,
  );
  const more = total > applications.length ? `\n…and ${total - applications.length} more.` : '';
  return {
    content: `${plural(total, 'application')} waiting. Decide with \`/admin approve\` or \`/admin reject\`.`,
    embeds: [
      new EmbedBuilder()
        .setColor(BRAND_COLOR)
        .setTitle('Mentor applications')
        .setDescription(lines.join('\n') + more),
    ],
  };
}
