import {
  ApplicationCommandOptionType,
  EmbedBuilder,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { BRAND_COLOR } from './brand.js';
import { BUTTON_LABELS } from './labels.js';

/** Embed field values hold at most 1,024 characters; a command with more subcommands is cut there. */
const FIELD_VALUE_MAX = 1_024;

const b = (label: string) => `**${label}**`;

/** What a member reads first: the main journeys, naming buttons exactly as they are labelled. */
const GETTING_STARTED = [
  {
    name: 'Looking for a mentor',
    value:
      '`/me timezone` first, so matches fit your hours. Then `/mentors find` with a specialty: only you see the ' +
      `results (${b(BUTTON_LABELS.shareResults)} posts them), ${b(BUTTON_LABELS.previousPage)} and ` +
      `${b(BUTTON_LABELS.nextPage)} turn the pages. Press ${b(BUTTON_LABELS.requestMentor(1))} ` +
      `(${b(BUTTON_LABELS.requestMentor(2))}, …) under the mentor you want and write your goals. ` +
      `\`/me requests\` shows the requests waiting for an answer; ${b(BUTTON_LABELS.withdrawRequest(1))} takes one back.`,
  },
  {
    name: 'Mentoring',
    value:
      `\`/mentor register\`: pick specialties and formats, press ${b(BUTTON_LABELS.continueRegistration)}, fill in the ` +
      `form. Requests reach you by direct message with ${b(BUTTON_LABELS.acceptRequest)}, ` +
      `${b(BUTTON_LABELS.declineRequest)} and ${b(BUTTON_LABELS.declineAndBlock)}.`,
  },
];

/**
 * `/help`: the journeys above, then every command the member can use, listed from the command
 * definitions themselves (name and description of each subcommand), so it is never out of date.
 */
export function helpEmbed(commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[]): EmbedBuilder {
  return new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle('mentor-bot')
    .setDescription('Find a mentor who knows your topic, shares some of your hours and has room for you.')
    .addFields(
      ...GETTING_STARTED,
      ...commands.map((command) => ({ name: `/${command.name}`, value: commandLines(command) })),
    );
}

function commandLines(command: RESTPostAPIChatInputApplicationCommandsJSONBody): string {
  const entries = subcommandsOf([command.name], command.options ?? []);
  const lines = (entries.length > 0 ? entries : [{ path: [command.name], description: command.description }]).map(
    ({ path, description }) => `\`/${path.join(' ')}\` ${description}`,
  );
  let value = '';
  for (const line of lines) {
    const next = value === '' ? line : `${value}\n${line}`;
    if (next.length > FIELD_VALUE_MAX) break;
    value = next;
  }
  return value;
}

function subcommandsOf(
  path: string[],
  options: readonly APIApplicationCommandOption[],
): { path: string[]; description: string }[] {
  return options.flatMap((option) => {
    if (option.type === ApplicationCommandOptionType.Subcommand)
      return [{ path: [...path, option.name], description: option.description }];
    if (option.type === ApplicationCommandOptionType.SubcommandGroup)
      return subcommandsOf([...path, option.name], option.options ?? []);
    return [];
  });
}

/** The answer to a direct message: the bot works through slash commands inside a server. */
export function directMessageHelpText(): string {
  return (
    'Hi! I work inside servers, through slash commands. ' +
    'Type `/help` in a channel of a server we share to see what you can do there.'
  );
}
