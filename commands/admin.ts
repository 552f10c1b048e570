import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { actorOf, guildIdOf } from '../src/discord/actor.js';
import { requireAssignableRole } from '../src/discord/assignable-role.js';
import { defineCommand } from '../src/discord/command.js';
import { localized, localizedChoice } from '../src/discord/command-localization.js';
import { InvalidInputError } from '../src/errors.js';
import { translatorFor, type Translator } from '../src/i18n/i18n.js';
import type { Message, MessageParams } from '../src/i18n/message.js';
import { sendDirectMessage } from '../src/discord/direct-message.js';
import { applicationsChannelProblem } from '../src/discord/applications-channel.js';
import { displayNames } from '../src/discord/member-names.js';
import { reconcileMemberRoles } from '../src/discord/member-roles.js';
import { respond } from '../src/discord/respond.js';
import { updateMentorProgramSettings } from '../src/services/guild-settings.service.js';
import { approveMentor, listPendingApplications, rejectMentor } from '../src/services/mentor-profile.service.js';
import {
  MAX_REQUEST_COOLDOWN_DAYS,
  closePendingRequestsForMentor,
  setRequestCooldown,
} from '../src/services/mentorship-request.service.js';
import { requestNoticeQueue } from '../src/jobs/mentorship-request-notice.job.js';
import { setOpenRequestsChannel } from '../src/services/open-request.service.js';
import { mentorshipChannelSubcommand, mentorshipGuideSubcommand } from './admin/mentorship-space.js';
import { MAX_FADING_DAYS, MIN_FADING_DAYS, setFadingDays } from '../src/services/mentorship-fading.service.js';
import { userText } from '../src/views/format.js';
import { pendingApplicationsList } from '../src/views/mentor-application.view.js';
import { findableNote } from '../src/views/mentor-profile.view.js';
import { adminRoleReport, roleFailuresForAdmin } from '../src/views/role-report.view.js';

const subcommand = z.enum([
  'formal-program',
  'mentor-role',
  'applications-channel',
  'open-requests-channel',
  'applications',
  'approve',
  'reject',
  'request-cooldown',
  'fading-days',
  'mentorship-channel',
  'mentorship-guide',
]);
/** Applications listed at once; each line can be long (five specialties), and an embed holds 4,096 characters. */
const APPLICATIONS_SHOWN = 5;

export const adminCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.admin')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sub) =>
      localized(sub, 'commands.admin.formalProgram').addBooleanOption((o) =>
        localized(o, 'commands.admin.formalProgram.options.enabled').setRequired(true),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.admin.mentorRole').addRoleOption((o) =>
        localized(o, 'commands.admin.mentorRole.options.role'),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.admin.applicationsChannel').addChannelOption((o) =>
        localized(o, 'commands.admin.applicationsChannel.options.channel').addChannelTypes(
          ChannelType.GuildText,
          ChannelType.GuildAnnouncement,
        ),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.admin.openRequestsChannel').addChannelOption((o) =>
        localized(o, 'commands.admin.openRequestsChannel.options.channel').addChannelTypes(
          ChannelType.GuildText,
          ChannelType.GuildForum,
        ),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.admin.mentorshipChannel').addChannelOption((o) =>
        localized(o, 'commands.admin.mentorshipChannel.options.channel').addChannelTypes(ChannelType.GuildText),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.admin.mentorshipGuide')
        .addStringOption((o) =>
          localized(o, 'commands.admin.mentorshipGuide.options.guide')
            .setRequired(true)
            .addChoices(
              localizedChoice('commands.admin.mentorshipGuide.options.guide.choices.mentee', 'mentee'),
              localizedChoice('commands.admin.mentorshipGuide.options.guide.choices.mentor', 'mentor'),
              localizedChoice('commands.admin.mentorshipGuide.options.guide.choices.challenges', 'challenges'),
            ),
        )
        .addBooleanOption((o) => localized(o, 'commands.admin.mentorshipGuide.options.reset')),
    )
    .addSubcommand((sub) => localized(sub, 'commands.admin.applications'))
    .addSubcommand((sub) =>
      localized(sub, 'commands.admin.requestCooldown').addIntegerOption((o) =>
        localized(o, 'commands.admin.requestCooldown.options.days')
          .setRequired(true)
          .setMinValue(0)
          .setMaxValue(MAX_REQUEST_COOLDOWN_DAYS),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.admin.fadingDays').addIntegerOption((o) =>
        localized(o, 'commands.admin.fadingDays.options.days')
          .setRequired(true)
          .setMinValue(MIN_FADING_DAYS)
          .setMaxValue(MAX_FADING_DAYS),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.admin.approve').addUserOption((o) =>
        localized(o, 'commands.admin.approve.options.user').setRequired(true),
      ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.admin.reject')
        .addUserOption((o) => localized(o, 'commands.admin.reject.options.user').setRequired(true))
        .addStringOption((o) =>
          localized(o, 'commands.admin.reject.options.reason').setRequired(true).setMaxLength(500),
        ),
    )
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const tr = ctx.i18n;
    const guildId = guildIdOf(interaction);
    const actor = actorOf(interaction);
    const sub = subcommand.parse(interaction.options.getSubcommand());
    if (sub === 'formal-program') {
      const enabled = interaction.options.getBoolean('enabled', true);
      const { settings } = await updateMentorProgramSettings({ guildId, actor, formalProgram: enabled });
      const channelProblem =
        enabled && interaction.guild
          ? applicationsChannelProblem(tr, interaction.guild, settings.applicationsChannelId)
          : null;
      const announced =
        channelProblem === null
          ? tr.t('admin.formalProgram.announcedIn', { channel: settings.applicationsChannelId ?? '' })
          : say(tr, channelProblem);
      await respond(interaction, {
        content: enabled
          ? `${tr.t('admin.formalProgram.on')}${channelProblem === null ? ' ' : '\n'}${announced}`
          : tr.t('admin.formalProgram.off'),
      });
      return;
    }
    if (sub === 'mentor-role') {
      const role = interaction.options.getRole('role');
      if (role) requireAssignableRole(ctx.i18n, interaction, role.id);
      const { previous } = await updateMentorProgramSettings({ guildId, actor, mentorRoleId: role?.id ?? null });
      const report = interaction.guild
        ? adminRoleReport(
            tr,
            await reconcileMemberRoles(
              interaction.guild,
              { formerRoleIds: previous.mentorRoleId === null ? [] : [previous.mentorRoleId] },
              ctx.logger,
            ),
          )
        : '';
      const changed = role ? tr.t('admin.mentorRole.set', { role: role.id }) : tr.t('admin.mentorRole.cleared');
      await respond(interaction, { content: `${changed}\n${report}` });
      return;
    }
    if (sub === 'applications-channel') {
      const channel = interaction.options.getChannel('channel');
      const problem =
        channel && interaction.guild ? applicationsChannelProblem(tr, interaction.guild, channel.id) : null;
      if (problem !== null) throw new InvalidInputError('channel', problem.key, problem.params);
      await updateMentorProgramSettings({ guildId, actor, applicationsChannelId: channel?.id ?? null });
      await respond(interaction, {
        content: channel
          ? tr.t('admin.applicationsChannel.set', { channel: channel.id })
          : tr.t('admin.applicationsChannel.cleared'),
      });
      return;
    }
    if (sub === 'open-requests-channel') {
      const channelId = await setOpenRequestsChannel({
        guildId,
        actor,
        channelId: interaction.options.getChannel('channel')?.id ?? null,
      });
      await respond(interaction, {
        content: channelId ? tr.t('openRequests.admin.set', { channelId }) : tr.t('openRequests.admin.cleared'),
      });
      return;
    }
    if (sub === 'applications') {
      const { total, applications } = await listPendingApplications({ guildId, actor }, ctx.clock, APPLICATIONS_SHOWN);
      const names = await displayNames(
        interaction.guild,
        applications.map((view) => view.profile.userId),
      );
      await respond(
        interaction,
        pendingApplicationsList(
          tr,
          total,
          applications.map((view) => ({ view, displayName: names.get(view.profile.userId) ?? view.profile.userId })),
        ),
      );
      return;
    }
    if (sub === 'request-cooldown') {
      const days = await setRequestCooldown({ guildId, actor, days: interaction.options.getInteger('days', true) });
      await respond(interaction, {
        content: days === 0 ? tr.t('admin.requestCooldown.off') : tr.t('admin.requestCooldown.set', { count: days }),
      });
      return;
    }
    if (sub === 'mentorship-channel') {
      await mentorshipChannelSubcommand(interaction, ctx);
      return;
    }
    if (sub === 'mentorship-guide') {
      await mentorshipGuideSubcommand(interaction, ctx);
      return;
    }
    if (sub === 'fading-days') {
      const days = await setFadingDays({ guildId, actor, days: interaction.options.getInteger('days', true) });
      await respond(interaction, { content: tr.t('lifecycle.settings.fadingDays', { count: days }) });
      return;
    }
    const applicant = interaction.options.getUser('user', true);
    const decision =
      sub === 'approve'
        ? await approveMentor({ guildId, mentorUserId: applicant.id, actor }, ctx.clock)
        : await rejectMentor(
            { guildId, mentorUserId: applicant.id, actor, reason: interaction.options.getString('reason', true) },
            ctx.clock,
          );
    if (sub === 'reject') {
      await closePendingRequestsForMentor(guildId, applicant.id, 'rejected', {
        clock: ctx.clock,
        notices: requestNoticeQueue(ctx),
      });
    }
    const roles = interaction.guild
      ? roleFailuresForAdmin(tr, await reconcileMemberRoles(interaction.guild, { userIds: [applicant.id] }, ctx.logger))
      : '';
    // The applicant reads the decision in their own language, not the admin's.
    const theirs = translatorFor(await ctx.locales.forRecipient(applicant.id, interaction.guild?.preferredLocale));
    const server = interaction.guild ? userText(interaction.guild.name, 100) : theirs.t('admin.applicantDm.theServer');
    const notice = decision.applicantNotice;
    const told = await sendDirectMessage(
      ctx.client,
      applicant.id,
      {
        content:
          notice.outcome === 'approved'
            ? `${theirs.t('admin.applicantDm.approved', { server })} ${findableNote(theirs, decision.view)}`.trim()
            : theirs.t('admin.applicantDm.rejected', { server, reason: userText(notice.reason ?? '', 500) }),
      },
      ctx.logger,
    );
    const decided =
      notice.outcome === 'approved'
        ? tr.t('admin.decision.approved', { user: applicant.id })
        : tr.t('admin.decision.rejected', { user: applicant.id });
    await respond(interaction, {
      content: `${decided} ${told ? tr.t('admin.decision.told') : tr.t('admin.decision.notTold')}${roles}`,
    });
  },
});

/** A message by reference, in the reader's words. */
function say(tr: Translator, message: Message): string {
  return (tr.t as (key: string, params: MessageParams) => string)(message.key, message.params);
}
