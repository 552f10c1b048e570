import { Locale } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n/i18n.js';
import { registerMentor } from '../../src/services/mentor-profile.service.js';
import { buttonLabels } from '../../src/views/labels.js';
import type { Actor } from '../support/world/actor.js';
import type { Seen } from '../support/world/seen.js';
import { startWorld, type World } from '../support/world/world.js';

const GOALS = 'Quero sair do suporte e ir para backend em um ano.';
const pt = translatorFor('pt-BR');

describe('every member in their own language', () => {
  let world: World;

  async function mentor(actor: Actor, specialty: string): Promise<void> {
    await registerMentor(
      {
        guildId: world.guild.id,
        userId: actor.id,
        specialties: [specialty],
        headline: `${actor.name} helps with ${specialty}`,
        yearsExperience: 5,
        timezone: 'UTC',
        availability: 'mon-sun 00:00-24:00',
        capacity: 3,
        formats: ['one-on-one'],
      },
      world.clock,
    );
  }

  /** Presses the Request button of `who` on the member's search results: a form, or a refusal. */
  async function pressRequest(member: Actor, who: Actor, specialty: string): Promise<Seen> {
    const shown = await member.slash('mentors find', { specialty });
    const button = shown.buttons().find((b) => b.customId.endsWith(`:${who.id}`));
    if (!button) throw new Error(`${who.name} is not offered to ${member.name}`);
    return member.act(
      world.emulator.interactions.button({ userId: member.id, message: shown.message, customId: button.customId }),
    );
  }

  const rui = () => world.user('rui', { locale: Locale.PortugueseBR });

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world.stop();
  });

  it('a member in Portuguese asks in Portuguese; the mentor, in English, reads the DM in English', async () => {
    const ana = world.user('ana');
    await mentor(ana, 'cloud');

    const results = await rui().slash('mentors find', { specialty: 'cloud' });
    expect(results.buttons().map((b) => b.label)).toContain(buttonLabels(pt).requestMentor(1));
    const form = await pressRequest(rui(), ana, 'cloud');
    expect(form.content).toBe('');
    expect(form.kind).toBe('modal');
    expect(form.reply.kind === 'modal' && form.reply.modal.title).toBe('Pedir mentoria');
    const sent = await form.submitModal({ goals: GOALS });
    expect(sent.content).toContain(`Seu pedido está a caminho de **ana** (<@${ana.id}>)`);
    expect(sent.content).toContain('Você vai receber uma mensagem direta');

    const dm = await ana.dmMatching(new RegExp(`\\(<@${rui().id}>\\) would like you to mentor them`));
    expect(dm.embeds[0]?.title).toBe('Mentorship request');
    expect(dm.embeds[0]?.footer?.text).toMatch(/^Answer within \d+ days/u);

    const twice = await pressRequest(rui(), ana, 'cloud');
    expect(twice.kind).toBe('message');
    expect(twice.content).toBe(pt.t('requests.refusals.duplicate'));

    const mine = await rui().slash('me requests');
    expect(mine.embeds[0]?.title).toBe('Seus pedidos aguardando resposta');

    await world.user('ana').press(dm, 'Accept');
    await rui().dmMatching(/^Boa notícia: \*\*ana\*\*/u);
  });

  it('deploys every command with names and descriptions for Spanish and Brazilian Portuguese', () => {
    const deployed = [
      ...world.emulator.state.registeredCommands(),
      ...world.emulator.state.registeredCommands(world.guild.id),
    ].map((c) => c.definition);
    expect(deployed.length).toBeGreaterThan(0);
    for (const definition of deployed) {
      for (const code of [Locale.SpanishES, Locale.SpanishLATAM, Locale.PortugueseBR]) {
        expect(definition.name_localizations?.[code], `${definition.name} name in ${code}`).toBeTruthy();
        expect(
          'description_localizations' in definition ? definition.description_localizations?.[code] : 'n/a',
          `${definition.name} description in ${code}`,
        ).toBeTruthy();
      }
    }
    const me = deployed.find((c) => c.name === 'me');
    expect(me?.name_localizations).toMatchObject({ 'es-ES': 'yo', 'es-419': 'yo', 'pt-BR': 'eu' });
  });

  it('/me language es: answered in Spanish, and later DMs to that member are Spanish', async () => {
    const leo = world.user('leo');
    await mentor(leo, 'mobile');
    const chosen = await leo.slash('me language', { language: 'es' });
    expect(chosen.content).toBe('Listo: desde ahora te hablo en Español, en respuestas y mensajes directos.');

    const eva = world.user('eva');
    const form = await pressRequest(eva, leo, 'mobile');
    const sent = await form.submitModal({ goals: 'I want to learn how to build reliable data pipelines.' });
    expect(sent.content).toContain('Your request is on its way to');
    const dm = await leo.dmMatching(new RegExp(`\\(<@${eva.id}>\\) quiere que seas su mentor`));
    expect(dm.embeds[0]?.title).toBe('Solicitud de mentoría');

    const back = await leo.slash('me language', { language: 'discord' });
    expect(back.content).toBe("Done: I'll follow your Discord language again, in replies and direct messages.");
  });
});
