/**
 * The steps of `/mentor register` and `/mentor edit` before the profile is saved: options first, then
 * specialties and formats picked in selects, then the free text from a modal. Each step writes the
 * draft, so a failed submit keeps what was typed and the modal opens pre-filled the next time.
 */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ConflictError, NotFoundError } from '../errors.js';
import {
  DRAFT_LIFETIME_SECONDS,
  deleteMentorDraft,
  findMentorDraft,
  replaceMentorDraft,
  updateMentorDraft,
  type MentorDraft,
} from '../../models/mentor-draft.model.js';
import { MENTOR_FORMATS, findMentorProfile, type MentorFormat } from '../../models/mentor-profile.model.js';
import { formatAvailability } from './availability.js';
import { normaliseLanguages } from './languages.js';
import { editMentor, registerMentor, type MentorChange } from './mentor-profile.service.js';
import { discordId, parseInput } from './service-input.js';
import { listSpecialties, type Specialty } from './specialty.service.js';
import { normaliseTimezone } from './timezones.js';

export type { MentorDraft } from '../../models/mentor-draft.model.js';

export interface DraftPanel {
  draft: MentorDraft;
  /** The specialties a mentor can pick now (archived ones only if already on the profile). */
  choices: Specialty[];
}

const startSchema = z.object({
  guildId: discordId,
  userId: discordId,
  mode: z.enum(['register', 'edit']),
  timezone: z.string().optional(),
  capacity: z.number().int().optional(),
  /** Comma-separated codes or names, as typed in the command option. */
  languages: z.string().optional(),
  yearsExperience: z.number().int().optional(),
});
export type StartDraftInput = z.input<typeof startSchema>;

export async function startMentorDraft(input: StartDraftInput, clock: Clock): Promise<DraftPanel> {
  const data = parseInput(startSchema, input);
  const now = clock.now();
  const existing = await findMentorProfile(data.guildId, data.userId);
  const live = existing !== null && existing.status !== 'retired';
  if (data.mode === 'register' && live) {
    throw new ConflictError('mentor.errors.alreadyRegistered');
  }
  if (data.mode === 'edit' && !live) {
    throw new NotFoundError('mentor.errors.notRegistered');
  }
  const base = data.mode === 'edit' && existing ? existing : null;
  const timezone = data.timezone === undefined ? (base?.timezone ?? null) : normaliseTimezone(data.timezone);
  if (timezone === null) throw new NotFoundError('mentor.errors.noTimezone');
  const languages =
    data.languages === undefined ? (base?.languages ?? ['en']) : normaliseLanguages(data.languages.split(/[,;\s]+/u));
  const draft = await replaceMentorDraft(
    data.guildId,
    data.userId,
    {
      mode: data.mode,
      timezone,
      capacity: data.capacity ?? base?.capacity ?? null,
      languages,
      yearsExperience: data.yearsExperience ?? base?.yearsExperience ?? null,
      specialties: base?.specialties ?? [],
      formats: base?.formats ?? [],
      headline: base?.headline ?? '',
      bio: base?.bio ?? '',
      skills: base?.skills.join(', ') ?? '',
      availability: base ? formatAvailability(base.availability) : '',
    },
    new Date(now.getTime() + DRAFT_LIFETIME_SECONDS * 1000),
  );
  const choices = await choicesFor(draft);
  if (choices.length === 0) {
    throw new NotFoundError('mentor.errors.noSpecialties');
  }
  return { draft, choices };
}

const pickSchema = z.object({ guildId: discordId, userId: discordId, values: z.array(z.string().max(64)).max(25) });
export type DraftPickInput = z.input<typeof pickSchema>;

export async function pickDraftSpecialties(input: DraftPickInput, clock: Clock): Promise<DraftPanel> {
  const { guildId, userId, values } = parseInput(pickSchema, input);
  return panelAfter(await updateMentorDraft(guildId, userId, clock.now(), { specialties: values }));
}

export async function pickDraftFormats(input: DraftPickInput, clock: Clock): Promise<DraftPanel> {
  const { guildId, userId, values } = parseInput(pickSchema, input);
  const formats = values.filter((value): value is MentorFormat =>
    (MENTOR_FORMATS as readonly string[]).includes(value),
  );
  return panelAfter(await updateMentorDraft(guildId, userId, clock.now(), { formats }));
}

export async function getMentorDraft(guildId: string, userId: string, clock: Clock): Promise<MentorDraft> {
  const draft = await findMentorDraft(guildId, userId, clock.now());
  if (!draft) throw new NotFoundError('mentor.errors.draftExpired');
  return draft;
}

const submitSchema = z.object({
  guildId: discordId,
  userId: discordId,
  headline: z.string(),
  bio: z.string(),
  skills: z.string(),
  availability: z.string(),
});
export type SubmitDraftInput = z.input<typeof submitSchema>;

/** Saves the modal's text into the draft, then registers or edits; the draft goes once the profile is saved. */
export async function submitMentorDraft(input: SubmitDraftInput, clock: Clock): Promise<MentorChange> {
  const { guildId, userId, ...text } = parseInput(submitSchema, input);
  const draft = await updateMentorDraft(guildId, userId, clock.now(), text);
  if (!draft) throw new NotFoundError('mentor.errors.draftExpired');
  const details = {
    guildId,
    userId,
    specialties: draft.specialties,
    formats: draft.formats,
    headline: draft.headline,
    bio: draft.bio,
    skills: draft.skills.split(/[,;\n]+/u).filter((skill) => skill.trim() !== ''),
    availability: draft.availability,
    timezone: draft.timezone ?? '',
    languages: draft.languages,
    ...(draft.capacity === null ? {} : { capacity: draft.capacity }),
  };
  const change =
    draft.mode === 'register'
      ? await registerMentor({ ...details, yearsExperience: draft.yearsExperience ?? 0 }, clock)
      : await editMentor(
          { ...details, ...(draft.yearsExperience === null ? {} : { yearsExperience: draft.yearsExperience }) },
          clock,
        );
  await deleteMentorDraft(guildId, userId);
  return change;
}

async function panelAfter(draft: MentorDraft | null): Promise<DraftPanel> {
  if (!draft) throw new NotFoundError('mentor.errors.draftExpired');
  return { draft, choices: await choicesFor(draft) };
}

async function choicesFor(draft: MentorDraft): Promise<Specialty[]> {
  const all = await listSpecialties(draft.guildId, { includeArchived: true });
  return all.filter((specialty) => specialty.archivedAt === null || draft.specialties.includes(specialty.slug));
}
