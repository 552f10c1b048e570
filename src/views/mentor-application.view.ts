import { EmbedBuilder } from 'discord.js';
import type { Translator } from '../i18n/i18n.js';
import type { MentorProfileView } from '../services/mentor-profile.service.js';
import { BRAND_COLOR } from './brand.js';
import { timestamp, userText } from './format.js';
import { specialtyLabel } from './labels.js';

const applicantLine = (view: MentorProfileView, displayName: string) =>
  `<@${view.profile.userId}> (${userText(displayName, 80)})`;

const specialtiesOf = (tr: Translator, view: MentorProfileView) =>
  view.specialties.length > 0
    ? tr.list(view.specialties.map(specialtyLabel))
    : tr.t('admin.applications.noSpecialties');

/** Posted in the applications channel when a member applies under the formal program. */
export function mentorApplicationNotice(
  tr: Translator,
  view: MentorProfileView,
  displayName: string,
): { embeds: EmbedBuilder[] } {
  const { profile } = view;
  return {
    embeds: [
      new EmbedBuilder()
        .setColor(BRAND_COLOR)
        .setTitle(tr.t('admin.notice.title'))
        .setDescription(
          [
            applicantLine(view, displayName),
            `**${userText(profile.headline, 100)}**`,
            tr.t('admin.notice.specialties', { specialties: specialtiesOf(tr, view) }),
            tr.t('admin.notice.experience', { count: profile.yearsExperience }),
            tr.t('admin.notice.decide'),
          ].join('\n'),
        ),
    ],
  };
}

/** `/admin applications`: who waits for a decision. */
export function pendingApplicationsList(
  tr: Translator,
  total: number,
  applications: readonly { view: MentorProfileView; displayName: string }[],
): { content: string; embeds: EmbedBuilder[] } {
  if (total === 0) return { content: tr.t('admin.applications.none'), embeds: [] };
  const lines = applications.map(
    ({ view, displayName }) =>
      `${applicantLine(view, displayName)}: ${userText(view.profile.headline, 100)}\n` +
      `  ${specialtiesOf(tr, view)} · ${tr.t('admin.applications.profileSaved', { when: timestamp(view.profile.updatedAt, 'R') })}`,
  );
  const hidden = total - applications.length;
  const more = hidden > 0 ? `\n${tr.t('admin.applications.more', { count: hidden })}` : '';
  return {
    content: tr.t('admin.applications.waiting', { count: total }),
    embeds: [
      new EmbedBuilder()
        .setColor(BRAND_COLOR)
        .setTitle(tr.t('admin.applications.title'))
        .setDescription(lines.join('\n') + more),
    ],
  };
}
