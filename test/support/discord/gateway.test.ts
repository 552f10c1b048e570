import { once } from 'node:events';
import { ChannelType, Events, GatewayIntentBits, GatewayOpcodes, type GuildMember } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { nextEvent, startHarness, type Harness } from './client-harness.js';
import { startDiscordEmulator, type DiscordEmulator } from './index.js';

let harness: Harness | undefined;
let bare: DiscordEmulator | undefined;

afterEach(async () => {
  await harness?.close();
  await bare?.stop();
  harness = undefined;
  bare = undefined;
});

interface Ids {
  guildId: string;
  textId: string;
  aliceId: string;
}

function buildGuild(emulator: DiscordEmulator): Ids {
  const guild = emulator.world.createGuild({ name: 'Mentor Hub' });
  const category = emulator.world.createChannel(guild.id, { name: 'Mentoring', type: ChannelType.GuildCategory });
  const text = emulator.world.createChannel(guild.id, { name: 'general', parentId: category.id });
  emulator.world.createChannel(guild.id, { name: 'Office hours', type: ChannelType.GuildVoice, parentId: category.id });
  emulator.world.createChannel(guild.id, { name: 'Stage', type: ChannelType.GuildStageVoice });
  emulator.world.createChannel(guild.id, { name: 'questions', type: ChannelType.GuildForum });
  emulator.world.createChannel(guild.id, { name: 'intro-thread', type: ChannelType.PublicThread, parentId: text.id });
  emulator.world.createRole(guild.id, { name: 'Mentor', mentionable: true });
  const alice = emulator.world.createUser({ username: 'alice' });
  emulator.world.addMember(guild.id, alice.id);
  return { guildId: guild.id, textId: text.id, aliceId: alice.id };
}

interface Frame {
  op: GatewayOpcodes;
  d: unknown;
  t?: string;
}

/** Reads a raw socket's frames in order: each call resolves with the next frame matching `predicate`. */
function frameReader(socket: WebSocket): (predicate: (frame: Frame) => boolean) => Promise<Frame> {
  const frames: Frame[] = [];
  let notify: (() => void) | undefined;
  socket.on('message', (data: Buffer) => {
    frames.push(JSON.parse(data.toString('utf8')) as Frame);
    notify?.();
  });
  let position = 0;
  return async (predicate) => {
    for (;;) {
      while (position < frames.length) {
        const frame = frames[position++];
        if (frame && predicate(frame)) return frame;
      }
      await new Promise<void>((resolve) => {
        notify = resolve;
      });
    }
  };
}

/** Waits until the client is back on a live session after a reconnect. */
async function waitForSession(emulator: DiscordEmulator): Promise<void> {
  await emulator.waitFor(() => emulator.gateway.connectedSessionCount === 1, {
    timeoutMs: 3_000,
    description: 'the client to be connected again',
  });
}

describe('gateway', () => {
  it('sends READY then GUILD_CREATE: the client caches channels of every type, threads, roles and itself', async () => {
    let ids: Ids | undefined;
    harness = await startHarness((emulator) => {
      ids = buildGuild(emulator);
    });
    const guild = harness.client.guilds.cache.get(ids?.guildId ?? '');
    expect(guild?.name).toBe('Mentor Hub');
    expect(guild?.channels.cache.map((channel) => channel.type).sort()).toEqual(
      [
        ChannelType.GuildText,
        ChannelType.GuildVoice,
        ChannelType.GuildCategory,
        ChannelType.PublicThread,
        ChannelType.GuildStageVoice,
        ChannelType.GuildForum,
      ].sort(),
    );
    expect(guild?.roles.cache.map((role) => role.name).sort()).toEqual(['@everyone', 'Mentor', 'mentor-bot']);
    expect(guild?.members.me?.roles.highest.name).toBe('mentor-bot');
    expect(harness.client.user?.id).toBe(harness.emulator.applicationId);
    expect(harness.client.application?.id).toBe(harness.emulator.applicationId);
    // A 100 ms heartbeat: the client beats and gets ACKs, so it never treats the connection as a zombie.
    const { gateway } = harness.emulator;
    await harness.emulator.waitFor(() => gateway.framesWithOp(GatewayOpcodes.Heartbeat).length >= 2);
    expect(harness.client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(harness.clientErrors).toEqual([]);
  });

  it('replays missed dispatches when the client RESUMEs after a dropped connection, without a new IDENTIFY', async () => {
    let ids: Ids | undefined;
    harness = await startHarness((emulator) => {
      ids = buildGuild(emulator);
    });
    const { emulator, client } = harness;
    const joined: string[] = [];
    client.on(Events.GuildMemberAdd, (member) => joined.push(member.user.username));

    emulator.gateway.dropConnections();
    // Happens while the client is away: it must arrive through the RESUME replay.
    emulator.world.addMember(ids?.guildId ?? '', emulator.world.createUser({ username: 'bob' }).id);
    await nextEvent(client, Events.ShardResume);

    expect(emulator.gateway.framesWithOp(GatewayOpcodes.Identify)).toHaveLength(1);
    const resumes = emulator.gateway.framesWithOp(GatewayOpcodes.Resume);
    expect(resumes).toHaveLength(1);
    expect(resumes[0]?.path).toBe('/gateway/resume');
    await emulator.waitFor(() => joined.includes('bob'));
    expect(harness.clientErrors).toEqual([]);
  });

  it('op 7 makes the client reconnect and resume on the resume URL', async () => {
    harness = await startHarness(buildGuild);
    const { emulator, client } = harness;
    emulator.gateway.requestReconnect();
    await nextEvent(client, Events.ShardResume);
    await waitForSession(emulator);
    expect(emulator.gateway.framesWithOp(GatewayOpcodes.Identify)).toHaveLength(1);
    expect(emulator.gateway.framesWithOp(GatewayOpcodes.Resume)).toHaveLength(1);
  });

  it('a resumable op 9 is answered with RESUME on the same connection', async () => {
    harness = await startHarness(buildGuild);
    const { emulator } = harness;
    emulator.gateway.invalidateSession(true);
    const [resume] = await emulator.waitFor(() => {
      const frames = emulator.gateway.framesWithOp(GatewayOpcodes.Resume);
      return frames.length > 0 && frames;
    });
    const identify = emulator.gateway.framesWithOp(GatewayOpcodes.Identify)[0];
    expect(resume?.connectionId).toBe(identify?.connectionId);
  });

  it('GUILD_MEMBER_ADD reaches guildMemberAdd; a client without GUILD_MEMBERS does not get it', async () => {
    let ids: Ids | undefined;
    harness = await startHarness((emulator) => {
      ids = buildGuild(emulator);
    });
    const added = nextEvent<[GuildMember]>(harness.client, Events.GuildMemberAdd);
    const carol = harness.emulator.world.createUser({ username: 'carol' });
    harness.emulator.world.addMember(ids?.guildId ?? '', carol.id);
    const [member] = await added;
    expect(member.user.username).toBe('carol');
    expect(member.guild.id).toBe(ids?.guildId);
    await harness.close();

    harness = await startHarness(buildGuild, { client: { intents: [GatewayIntentBits.Guilds] } });
    const seen: string[] = [];
    harness.client.on(Events.Raw, (packet: { t?: string }) => seen.push(packet.t ?? ''));
    const guildId = harness.client.guilds.cache.first()?.id ?? '';
    harness.emulator.world.addMember(guildId, harness.emulator.world.createUser({ username: 'dave' }).id);
    harness.emulator.world.createRole(guildId, { name: 'Mentee' });
    await harness.emulator.waitFor(() => seen.includes('GUILD_ROLE_CREATE'));
    expect(seen).not.toContain('GUILD_MEMBER_ADD');
  });

  it('GUILD_MEMBER_UPDATE and GUILD_MEMBER_REMOVE reach the client', async () => {
    let ids: Ids | undefined;
    harness = await startHarness((emulator) => {
      ids = buildGuild(emulator);
    });
    const { emulator, client } = harness;
    const guild = client.guilds.cache.get(ids?.guildId ?? '');
    const alice = await guild?.members.fetch(ids?.aliceId ?? '');
    const mentorRole = guild?.roles.cache.find((role) => role.name === 'Mentor');
    const updated = nextEvent<[GuildMember, GuildMember]>(client, Events.GuildMemberUpdate);
    emulator.world.updateMember(guild?.id ?? '', alice?.id ?? '', { roles: [mentorRole?.id ?? ''], nick: 'Al' });
    const [, after] = await updated;
    expect([after.nickname, after.roles.cache.has(mentorRole?.id ?? '')]).toEqual(['Al', true]);
    const removed = nextEvent<[GuildMember]>(client, Events.GuildMemberRemove);
    emulator.world.removeMember(guild?.id ?? '', alice?.id ?? '');
    expect((await removed)[0].id).toBe(alice?.id);
  });

  it('answers op 8 with GUILD_MEMBERS_CHUNK (guild.members.fetch) although GUILD_CREATE held only the bot', async () => {
    harness = await startHarness(buildGuild, {
      client: { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers] },
    });
    const guild = harness.client.guilds.cache.first();
    expect(guild?.members.cache.map((member) => member.user.username)).toEqual(['mentor-bot']);
    const members = await guild?.members.fetch();
    expect(members?.map((member) => member.user.username).sort()).toEqual(['alice', 'mentor-bot', 'mentor-hub-owner']);
    expect(harness.emulator.gateway.framesWithOp(GatewayOpcodes.RequestGuildMembers)).toHaveLength(1);
  });

  it('closes with 4014 when the client asks for a privileged intent the application lacks', async () => {
    bare = await startDiscordEmulator({ privilegedIntents: ['GuildMembers'] });
    const socket = new WebSocket(`${bare.gatewayUrl}?v=10&encoding=json`);
    await once(socket, 'message');
    socket.send(
      JSON.stringify({
        op: GatewayOpcodes.Identify,
        d: {
          token: bare.botToken,
          intents: GatewayIntentBits.Guilds | GatewayIntentBits.MessageContent,
          properties: {},
        },
      }),
    );
    const [code] = (await once(socket, 'close')) as [number];
    expect(code).toBe(4014);
  });

  // With discord.js this path re-IDENTIFYs after its 5 s identify throttle, so a bare socket checks it quickly.
  it('answers a RESUME for a session invalidated as non-resumable with op 9 false', async () => {
    bare = await startDiscordEmulator();
    const socket = new WebSocket(`${bare.gatewayUrl}?v=10&encoding=json`);
    const next = frameReader(socket);
    await next((frame) => frame.op === GatewayOpcodes.Hello);
    socket.send(
      JSON.stringify({ op: GatewayOpcodes.Identify, d: { token: bare.botToken, intents: 1, properties: {} } }),
    );
    const ready = await next((frame) => frame.t === 'READY');
    const sessionId = (ready.d as { session_id: string }).session_id;

    bare.gateway.invalidateSession(false);
    expect((await next((frame) => frame.op === GatewayOpcodes.InvalidSession)).d).toBe(false);
    socket.send(
      JSON.stringify({ op: GatewayOpcodes.Resume, d: { token: bare.botToken, session_id: sessionId, seq: 1 } }),
    );
    expect((await next((frame) => frame.op === GatewayOpcodes.InvalidSession)).d).toBe(false);
    socket.close();
  });
});
