import type { ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../../src/discord/context.js';
import { respond } from '../../src/discord/respond.js';
import { keepSummaryCurrent } from '../../src/jobs/mentorship-space-refresh.job.js';
import {
  addMentorshipMilestone,
  completeMentorshipMilestone,
  dropMentorshipMilestone,
  editMentorshipMilestone,
  type MilestoneChange,
} from '../../src/services/mentorship-space.service.js';
import { userText } from '../../src/views/format.js';
import { commandTarget } from './agreement.js';

const MESSAGES = {
  add: 'mentorship.goals.added',
  edit: 'mentorship.goals.edited',
  done: 'mentorship.goals.done',
  drop: 'mentorship.goals.dropped',
} as const;

export type GoalsSubcommand = keyof typeof MESSAGES;

/** `/mentorship goals add|edit|done|drop`: one milestone changes, the pinned summary follows. */
export async function goalsCommand(
  interaction: ChatInputCommandInteraction,
  sub: GoalsSubcommand,
  ctx: AppContext,
): Promise<void> {
  const target = commandTarget(interaction);
  let change: MilestoneChange;
  if (sub === 'add') {
    change = await addMentorshipMilestone(
      { ...target, title: interaction.options.getString('title', true) },
      ctx.clock,
    );
  } else {
    const milestone = interaction.options.getInteger('milestone', true);
    change =
      sub === 'edit'
        ? await editMentorshipMilestone(
            { ...target, milestone, title: interaction.options.getString('title', true) },
            ctx.clock,
          )
        : sub === 'done'
          ? await completeMentorshipMilestone({ ...target, milestone }, ctx.clock)
          : await dropMentorshipMilestone({ ...target, milestone }, ctx.clock);
  }
  await respond(interaction, {
    content: ctx.i18n.t(MESSAGES[sub], { number: change.number, title: userText(change.milestone.title, 100) }),
  });
  await keepSummaryCurrent(ctx, change.mentorship.id);
}
