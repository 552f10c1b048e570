import { EmbedBuilder } from 'discord.js';
import { languageName } from '../services/languages.js';
import type { MentorProfileView } from '../services/mentor-profile.service.js';
import { BRAND_COLOR } from './brand.js';
import { plural, timestamp, userText } from './format.js';
import { FORMAT_LABELS, specialtyLabel } from './labels.js';

const STATUS_COLORS = { active: BRAND_COLOR, paused: 0xfee75c, retired: 0x99aab5 } as const;

export function mentorStatusLine(view: MentorProfileView): string {
  const { profile } = view;
  if (view.effectiveStatus === 'retired') return 'Retired from mentoring';
  if (view.effectiveStatus === 'paused') {
    return profile.pausedUntil ? `Paused until ${timestamp(profile.pausedUntil, 'D')}` : 'Paused';
  }
  if (profile.approval.state === 'pending') return 'Waiting for an admin to approve the application';
  if (profile.approval.state === 'rejected') return 'Application not approved';
  if (view.capacity.free === 0) return 'Active, no free places right now';
  return 'Active, taking mentees';
}

/**
 * Whether members can find the mentor now, and if not, every reason why and what changes it: said after
 * each profile change, so nobody believes they are listed when they are not.
 */
export function findableNote(view: MentorProfileView): string {
  if (view.offered) return 'Members can find you with `/mentors find` now.';
  const { profile } = view;
  // Retiring says so itself; a retired mentor saves no other change.
  if (view.effectiveStatus === 'retired') return '';
  const reasons: string[] = [];
  if (profile.approval.state === 'pending') {
    reasons.push('your application waits for an admin to approve it (you will get a message when they decide)');
  }
  if (profile.approval.state === 'rejected') reasons.push('your application was not approved');
  if (view.effectiveStatus === 'paused') {
    reasons.push(
      profile.pausedUntil
        ? `you are paused until ${timestamp(profile.pausedUntil)} (\`/mentor resume\` to come back sooner)`
        : 'you are paused (`/mentor resume` when you are back)',
    );
  }
  if (view.capacity.free === 0) {
    reasons.push(
      `all your places are taken (${view.capacity.used} of ${view.capacity.total}; you are offered again when one frees up, or raise your capacity with \`/mentor edit\`)`,
    );
  }
  return `Members cannot find you right now: ${reasons.join('; ')}.`;
}

/**
 * The profile: who they help, when, and how much room they have. The member is named in text beside the
 * mention, since a Discord client that has not loaded a member shows the mention as a raw id.
 */
export function mentorProfileEmbed(view: MentorProfileView, displayName: string): EmbedBuilder {
  const { profile } = view;
  const next = view.availableNow
    ? `Available now, until ${timestamp(view.nextAvailability?.end ?? new Date(), 't')}`
    : view.nextAvailability
      ? `${timestamp(view.nextAvailability.start)} (${timestamp(view.nextAvailability.start, 'R')})`
      : 'No upcoming hours';
  const embed = new EmbedBuilder()
    .setColor(STATUS_COLORS[view.effectiveStatus])
    .setTitle(userText(`${displayName}, mentor`, 256))
    .setDescription(
      [
        `<@${profile.userId}> (${userText(displayName, 80)})`,
        `**${userText(profile.headline, 100)}**`,
        profile.bio ? userText(profile.bio, 1_000) : null,
      ]
        .filter(Boolean)
        .join('\n\n'),
    )
    .addFields(
      { name: 'Specialties', value: view.specialties.map(specialtyLabel).join('\n') || 'None', inline: true },
      {
        name: 'Skills',
        value: profile.skills.length > 0 ? userText(profile.skills.join(', '), 1_000) : 'None listed',
        inline: true,
      },
      { name: 'Formats', value: profile.formats.map((format) => FORMAT_LABELS[format]).join('\n'), inline: true },
      {
        name: 'Local time',
        value: `${view.localTime.time} (${userText(profile.timezone, 60)}, UTC${view.localTime.utcOffset})`,
        inline: true,
      },
      { name: 'Next availability', value: next, inline: true },
      {
        name: 'Capacity',
        value: `${view.capacity.used} of ${view.capacity.total} places used`,
        inline: true,
      },
      { name: 'Languages', value: profile.languages.map(languageName).join(', '), inline: true },
      { name: 'Experience', value: plural(profile.yearsExperience, 'year'), inline: true },
      {
        name: 'Track record',
        value: `${plural(profile.sessionsHeld, 'session')} held · reputation ${profile.reputation}`,
        inline: true,
      },
      { name: 'Status', value: mentorStatusLine(view) },
    );
  return embed;
}
