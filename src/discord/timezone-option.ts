import type { ApplicationCommandOptionChoiceData, SlashCommandStringOption } from 'discord.js';
import { searchTimezones } from '../services/timezones.js';

/** The `timezone` option every command shares: an IANA zone, picked by typing a city. */
export function timezoneOption(option: SlashCommandStringOption, required: boolean): SlashCommandStringOption {
  return option
    .setName('timezone')
    .setDescription('Your time zone; start typing your city')
    .setAutocomplete(true)
    .setRequired(required)
    .setMaxLength(64);
}

export function timezoneChoices(typed: string): ApplicationCommandOptionChoiceData<string>[] {
  return searchTimezones(typed).map((zone) => ({ name: zone.replaceAll('_', ' '), value: zone }));
}
