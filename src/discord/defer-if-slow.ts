import {
  MessageFlags,
  type ChatInputCommandInteraction,
  type MessageComponentInteraction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';

/**
 * Discord allows 3 s for the first answer. Work that is quick is answered in one response (one request,
 * and the reply is never held up by the client's global rate limit, which interaction callbacks escape
 * but edits of a deferred reply do not). Work that is still running after this long is acknowledged first.
 */
const ACKNOWLEDGE_AFTER_MS = 800;

/**
 * Waits for `work`; if it is not done within ACKNOWLEDGE_AFTER_MS (a crowd queues it, the database is slow),
 * acknowledges the interaction first: a private deferred reply for a command, a deferred update for a
 * component. Either way the caller answers afterwards with `respond` (or `update`/`editReply`), and a refusal
 * stays as private as the deferral. Returns or throws what `work` does.
 */
export async function deferIfSlow<T>(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction | MessageComponentInteraction,
  work: Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => {
      resolve('slow');
    }, ACKNOWLEDGE_AFTER_MS);
  });
  const first = await Promise.race([work.then(settled, settled), slow]);
  clearTimeout(timer);
  if (first === 'slow' && !interaction.deferred && !interaction.replied) {
    if (interaction.isCommand()) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    else await interaction.deferUpdate();
  }
  return work;
}

function settled(): 'done' {
  return 'done';
}
