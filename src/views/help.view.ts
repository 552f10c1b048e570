import { EmbedBuilder } from 'discord.js';
import { BRAND_COLOR } from './brand.js';

export function helpEmbed(): EmbedBuilder {
  return new EmbedBuilder()
    .setColor(BRAND_COLOR)
    .setTitle('mentor-bot')
    .setDescription('Find a mentor who knows your topic, shares some of your hours and has room for you.')
    .addFields(
      {
        name: 'Looking for a mentor',
        value:
          '`/mentors find` with a specialty, then press **Request mentorship**.\n`/me timezone` so matches fit your hours.',
      },
      {
        name: 'Mentoring',
        value: '`/mentor register` to offer your time, `/mentor pause` or `/mentor resume` when life happens.',
      },
      { name: 'Admins', value: '`/specialty` to shape the catalog of topics.' },
    );
}
