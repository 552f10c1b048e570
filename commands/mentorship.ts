import {
  InteractionContextType,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
  type SlashCommandUserOption,
} from 'discord.js';
import { z } from 'zod';
import { localized, localizedChoice } from '../src/discord/command-localization.js';
import { defineCommand } from '../src/discord/command.js';
import { keepSummaryCurrent } from '../src/jobs/mentorship-space-refresh.job.js';
import { MENTOR_FORMATS } from '../models/mentor-profile.model.js';
import { MEMBER_END_REASONS } from '../src/services/mentorship-lifecycle.service.js';
import { FORMAT_KEYS } from '../src/views/labels.js';
import { agreementCommand, commandTarget } from './mentorship/agreement.js';
import { endCommand } from './mentorship/end.js';
import { goalsCommand } from './mentorship/goals.js';
import { listCommand } from './mentorship/list.js';
import { pauseCommand } from './mentorship/pause.js';
import { resumeCommand } from './mentorship/resume.js';
import { findMentorshipFor } from '../src/services/mentorship.service.js';
import { MAX_MILESTONE_TITLE } from '../src/services/mentorship-space.service.js';

type WithOptionKey =
  | 'commands.mentorship.agreement.options.with'
  | 'commands.mentorship.goals.add.options.with'
  | 'commands.mentorship.goals.edit.options.with'
  | 'commands.mentorship.goals.done.options.with'
  | 'commands.mentorship.goals.drop.options.with'
  | 'commands.mentorship.pause.options.with'
  | 'commands.mentorship.resume.options.with'
  | 'commands.mentorship.end.options.with';

/** Every subcommand that acts on one mentorship names the other side when the caller has several. */
const withOption = (key: WithOptionKey) => (option: SlashCommandUserOption) => localized(option, key);

const END_REASON_CHOICES = {
  completed: 'commands.mentorship.end.options.reason.choices.completed',
  'goals-changed': 'commands.mentorship.end.options.reason.choices.goalsChanged',
  'no-time': 'commands.mentorship.end.options.reason.choices.noTime',
  'no-response': 'commands.mentorship.end.options.reason.choices.noResponse',
  mismatch: 'commands.mentorship.end.options.reason.choices.mismatch',
  other: 'commands.mentorship.end.options.reason.choices.other',
} as const;

const milestoneNumber = (key: 'edit' | 'done' | 'drop') => (sub: SlashCommandSubcommandBuilder) =>
  sub.addIntegerOption((o) =>
    localized(o, `commands.mentorship.goals.${key}.options.milestone`).setRequired(true).setMinValue(1),
  );

const route = z.union([
  z.object({ group: z.literal(null), sub: z.enum(['list', 'agreement', 'pause', 'resume', 'end']) }),
  z.object({ group: z.literal('goals'), sub: z.enum(['add', 'edit', 'done', 'drop']) }),
]);

/**
 * `/mentorship`: the agreement, milestones and list (the pair's space) and pause, resume, end (the
 * lifecycle). Everything answers privately; a subcommand run in the pair's thread acts on that pair.
 */
export const mentorshipCommand = defineCommand({
  data: localized(new SlashCommandBuilder(), 'commands.mentorship')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) => localized(sub, 'commands.mentorship.list'))
    .addSubcommand((sub) =>
      localized(sub, 'commands.mentorship.agreement')
        .addStringOption((o) =>
          localized(o, 'commands.mentorship.agreement.options.cadence').addChoices(
            localizedChoice('commands.mentorship.agreement.options.cadence.choices.weekly', 'weekly'),
            localizedChoice('commands.mentorship.agreement.options.cadence.choices.biweekly', 'biweekly'),
            localizedChoice('commands.mentorship.agreement.options.cadence.choices.monthly', 'monthly'),
          ),
        )
        // No bounds here: the bot's refusal names them in the member's words (4 to 52 weeks).
        .addIntegerOption((o) => localized(o, 'commands.mentorship.agreement.options.length'))
        .addStringOption((o) =>
          localized(o, 'commands.mentorship.agreement.options.format').addChoices(
            MENTOR_FORMATS.map((format) => localizedChoice(FORMAT_KEYS[format], format)),
          ),
        )
        .addUserOption(withOption('commands.mentorship.agreement.options.with')),
    )
    .addSubcommandGroup((group) =>
      localized(group, 'commands.mentorship.goals')
        .addSubcommand((sub) =>
          localized(sub, 'commands.mentorship.goals.add')
            .addStringOption((o) =>
              localized(o, 'commands.mentorship.goals.add.options.title')
                .setRequired(true)
                .setMaxLength(MAX_MILESTONE_TITLE),
            )
            .addUserOption(withOption('commands.mentorship.goals.add.options.with')),
        )
        .addSubcommand((sub) =>
          milestoneNumber('edit')(localized(sub, 'commands.mentorship.goals.edit'))
            .addStringOption((o) =>
              localized(o, 'commands.mentorship.goals.edit.options.title')
                .setRequired(true)
                .setMaxLength(MAX_MILESTONE_TITLE),
            )
            .addUserOption(withOption('commands.mentorship.goals.edit.options.with')),
        )
        .addSubcommand((sub) =>
          milestoneNumber('done')(localized(sub, 'commands.mentorship.goals.done')).addUserOption(
            withOption('commands.mentorship.goals.done.options.with'),
          ),
        )
        .addSubcommand((sub) =>
          milestoneNumber('drop')(localized(sub, 'commands.mentorship.goals.drop')).addUserOption(
            withOption('commands.mentorship.goals.drop.options.with'),
          ),
        ),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.mentorship.pause').addUserOption(withOption('commands.mentorship.pause.options.with')),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.mentorship.resume').addUserOption(withOption('commands.mentorship.resume.options.with')),
    )
    .addSubcommand((sub) =>
      localized(sub, 'commands.mentorship.end')
        .addStringOption((o) =>
          localized(o, 'commands.mentorship.end.options.reason')
            .setRequired(true)
            .addChoices(MEMBER_END_REASONS.map((reason) => localizedChoice(END_REASON_CHOICES[reason], reason))),
        )
        .addUserOption(withOption('commands.mentorship.end.options.with')),
    )
    .toJSON(),
  defer: 'ephemeral',
  async execute(interaction, ctx) {
    const picked = route.parse({
      group: interaction.options.getSubcommandGroup(false),
      sub: interaction.options.getSubcommand(),
    });
    if (picked.group === 'goals') {
      await goalsCommand(interaction, picked.sub, ctx);
      return;
    }
    if (picked.sub === 'list') await listCommand(interaction, ctx);
    else if (picked.sub === 'agreement') await agreementCommand(interaction, ctx);
    else if (picked.sub === 'end') await endCommand(interaction, ctx);
    else {
      await (picked.sub === 'pause' ? pauseCommand : resumeCommand)(interaction, ctx);
      // The pinned summary shows a pause; the end redraws it when it archives the thread.
      const { guildId, actorId, threadId, otherId } = commandTarget(interaction);
      const mentorship = await findMentorshipFor(guildId, actorId, { threadId, otherId });
      await keepSummaryCurrent(ctx, mentorship.id);
    }
  },
});
