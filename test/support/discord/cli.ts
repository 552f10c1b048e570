/**
 * `npm run emulator`: the Discord API emulator on its own, with a server to play in, so the real bot can
 * be run by hand against it (`npm run test-db`, then paste the printed settings into .env). Port from
 * `--port <n>`; runs until SIGINT/SIGTERM.
 */
import { ChannelType } from 'discord-api-types/v10';
import { startDiscordEmulator } from './index.js';

const portFlag = process.argv.indexOf('--port');
const port = portFlag >= 0 ? Number(process.argv[portFlag + 1]) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error('--port takes a port number (0-65535)');
  process.exit(1);
}

const emulator = await startDiscordEmulator({ port });
const guild = emulator.world.createGuild({ name: 'Mentor Hub' });
emulator.world.createChannel(guild.id, { name: 'general' });
emulator.world.createChannel(guild.id, { name: 'Office Hours', type: ChannelType.GuildVoice });

console.log(`Discord API emulator running. Put these in .env (or export them), then run the bot:
DISCORD_API_BASE_URL=${emulator.restBaseUrl}
DISCORD_TOKEN=${emulator.botToken}
DISCORD_CLIENT_ID=${emulator.applicationId}
DISCORD_GUILD_ID=${guild.id}`);

const stop = () => {
  void emulator.stop().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
