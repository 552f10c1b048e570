/** The prompt to confirm the agreement, to whoever has not yet: in the thread, else by DM. */
import { translatorFor } from '../i18n/i18n.js';
import { isConfirmedByBoth } from '../services/mentorship-space.service.js';
import { mentorshipById } from '../services/mentorship-space-opening.service.js';
import { userText } from '../views/format.js';
import { memberLabel } from '../views/mentorship-request.view.js';
import { mentorshipSummary, unconfirmedSides } from '../views/mentorship-summary.view.js';
import { deliverDirectMessage } from './direct-message.js';
import { pairNames, postInMentorshipThread, type SpaceContext } from './mentorship-space.js';

export async function remindToConfirm(ctx: SpaceContext, mentorshipId: string): Promise<void> {
  const mentorship = await mentorshipById(mentorshipId);
  if (mentorship?.status !== 'active' || isConfirmedByBoth(mentorship)) return;
  const waiting = unconfirmedSides(mentorship).map((side) =>
    side === 'mentor' ? mentorship.mentorId : mentorship.menteeId,
  );
  const posted = await postInMentorshipThread(ctx, mentorship, (tr) => ({
    content: tr.t('mentorship.thread.reminder', {
      names: tr.list(
        waiting.map((id) => `<@${id}>`),
        'conjunction',
      ),
    }),
    allowedMentions: { users: waiting },
  }));
  if (posted) return;
  const guild = ctx.client.guilds.cache.get(mentorship.guildId);
  const names = await pairNames(guild, mentorship);
  for (const userId of waiting) {
    const tr = translatorFor(await ctx.locales.forRecipient(userId, guild?.preferredLocale));
    const other =
      userId === mentorship.mentorId
        ? memberLabel(mentorship.menteeId, names.mentee)
        : memberLabel(mentorship.mentorId, names.mentor);
    await deliverDirectMessage(ctx.client, userId, {
      content: tr.t('mentorship.dm.reminder', { other, server: userText(guild?.name ?? '', 100) }),
      ...mentorshipSummary(tr, mentorship, names),
    });
  }
}
