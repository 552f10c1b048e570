/**
 * The specialties a server mentors in. A server starts with an IT catalog, seeded on first use; admins
 * add, rename, give a role to, archive and restore them. Slugs never change and specialties are never
 * deleted, because mentor profiles refer to them by slug.
 */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import {
  createSpecialty,
  guildHasSpecialties,
  insertSpecialtiesIfMissing,
  listSpecialties as listSpecialtyDocuments,
  updateSpecialty,
  type Specialty,
} from '../../models/specialty.model.js';
import { messageKey } from '../i18n/message.js';
import { quotedInput } from './quoted-input.js';
import { actorSchema, discordId, parseInput, requireAdmin, requireRoleManager } from './service-input.js';
import { DEFAULT_EMOJI, checkedStoredEmoji, parseSpecialtyEmoji } from './specialty-emoji.js';

export type { Specialty } from '../../models/specialty.model.js';
export type { ServerEmoji } from './specialty-emoji.js';

/** What every server starts with. */
export const SPECIALTY_CATALOG: readonly { slug: string; name: string; emoji: string }[] = [
  { slug: 'web-development', name: 'Web development', emoji: '🌐' },
  { slug: 'mobile', name: 'Mobile development', emoji: '📱' },
  { slug: 'data-science', name: 'Data science', emoji: '📊' },
  { slug: 'ai-ml', name: 'AI and machine learning', emoji: '🤖' },
  { slug: 'cybersecurity', name: 'Cybersecurity', emoji: '🔐' },
  { slug: 'cloud', name: 'Cloud', emoji: '☁️' },
  { slug: 'devops-sre', name: 'DevOps and SRE', emoji: '⚙️' },
  { slug: 'databases', name: 'Databases', emoji: '🗄️' },
  { slug: 'systems-embedded', name: 'Systems and embedded', emoji: '🔌' },
  { slug: 'game-development', name: 'Game development', emoji: '🎮' },
  { slug: 'ui-ux', name: 'UI/UX design', emoji: '🎨' },
  { slug: 'career-interviews', name: 'Career and interviews', emoji: '💼' },
  { slug: 'resume-portfolio', name: 'Resume and portfolio review', emoji: '📄' },
];

/** Offered specialties per server; autocomplete filters them in memory, so they stay few. */
export const MAX_ACTIVE_SPECIALTIES = 50;
/** Short enough for a select option's label (100), an autocomplete choice (100) and a line of an embed. */
export const MAX_SPECIALTY_NAME_LENGTH = 50;
const MAX_SLUG_LENGTH = 32;

/**
 * Seeds the catalog the first time a server uses specialties; safe to call concurrently. `names` (by slug)
 * name them in the server's language; without it, or for a slug it lacks, the English name is used.
 */
export async function ensureSeeded(guildId: string, names: Readonly<Record<string, string>> = {}): Promise<void> {
  if (await guildHasSpecialties(guildId)) return;
  await insertSpecialtiesIfMissing(
    SPECIALTY_CATALOG.map(({ emoji, slug, name }) => ({
      guildId,
      slug,
      name: names[slug] ?? name,
      emoji: { id: null, name: emoji, animated: false },
      roleId: null,
    })),
  );
}

/** The server's specialties by name, seeding the catalog on first use; archived ones only with `includeArchived`. */
export async function listSpecialties(
  guildId: string,
  options: { includeArchived?: boolean } = {},
): Promise<Specialty[]> {
  let stored = await listSpecialtyDocuments(guildId);
  if (stored.length === 0) {
    await ensureSeeded(guildId);
    stored = await listSpecialtyDocuments(guildId);
  }
  const all = stored.map((specialty) => ({ ...specialty, emoji: checkedStoredEmoji(specialty.emoji) }));
  return options.includeArchived === true ? all : all.filter((specialty) => specialty.archivedAt === null);
}

const catalogSchema = z.object({ guildId: discordId, actor: actorSchema });

/** The whole catalog, archived specialties and roles included, as admins manage it. */
export async function catalogForAdmin(input: z.input<typeof catalogSchema>): Promise<Specialty[]> {
  const { guildId, actor } = parseInput(catalogSchema, input);
  requireAdmin(actor);
  return listSpecialties(guildId, { includeArchived: true });
}

/**
 * Offered (not archived) specialties for autocomplete: names or slugs starting with the query first,
 * then those containing it, each group by name. An empty query lists them all, up to `limit`.
 */
export async function searchSpecialties(guildId: string, query: string, limit = 25): Promise<Specialty[]> {
  const needle = query.trim().toLowerCase();
  const offered = await listSpecialties(guildId);
  const rank = (specialty: Specialty): number => {
    const name = specialty.name.toLowerCase();
    if (name.startsWith(needle) || specialty.slug.startsWith(needle)) return 0;
    if (name.split(/[\s/]+/u).some((word) => word.startsWith(needle))) return 1;
    if (name.includes(needle) || specialty.slug.includes(needle)) return 2;
    return 3;
  };
  return offered
    .map((specialty) => ({ specialty, rank: rank(specialty) }))
    .filter(({ rank: r }) => r < 3)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map(({ specialty }) => specialty);
}

/**
 * Specialties by slug or name (any case), in the order given, duplicates dropped. Archived ones are
 * refused unless listed in `allowArchived` (slugs a profile already has). `field` names the command
 * option in the error.
 */
export async function resolveSpecialties(
  guildId: string,
  references: readonly string[],
  options: PickOptions = {},
): Promise<Specialty[]> {
  return pickSpecialties(await listSpecialties(guildId, { includeArchived: true }), references, options);
}

export interface PickOptions {
  field?: string;
  allowArchived?: readonly string[];
}

/** `resolveSpecialties` over a catalog already read (archived ones included), for callers that need it anyway. */
export function pickSpecialties(
  catalog: readonly Specialty[],
  references: readonly string[],
  options: PickOptions = {},
): Specialty[] {
  const field = options.field ?? 'specialties';
  const resolved: Specialty[] = [];
  for (const reference of references) {
    const wanted = reference.trim().toLowerCase();
    const specialty = catalog.find((s) => s.slug === wanted || s.name.toLowerCase() === wanted);
    if (specialty === undefined) {
      throw new InvalidInputError(field, 'specialty.errors.unknownTyped', { name: quotedInput(reference) });
    }
    if (specialty.archivedAt !== null && !(options.allowArchived ?? []).includes(specialty.slug)) {
      throw new InvalidInputError(field, 'specialty.errors.noLongerOffered', {
        name: quotedInput(specialty.name, MAX_SPECIALTY_NAME_LENGTH),
      });
    }
    if (!resolved.some((s) => s.slug === specialty.slug)) resolved.push(specialty);
  }
  return resolved;
}

// ---------------------------------------------------------------------------------------------------------
// Admin actions

const nameSchema = z
  .string()
  .trim()
  .min(2, messageKey('specialty.errors.nameTooShort'))
  .max(MAX_SPECIALTY_NAME_LENGTH, messageKey('specialty.errors.nameTooLong'))
  .refine((name) => !/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(name), {
    error: messageKey('specialty.errors.nameControlCharacters'),
  })
  .refine((name) => /[\p{L}\p{N}]/u.test(name), { error: messageKey('specialty.errors.nameNeedsLetter') });

/** Emoji text as typed; parsed (and checked against the server's custom emojis) by specialty-emoji.ts. */
const emojiText = z.string().max(100, messageKey('specialty.errors.emojiTooLong'));

/** The server's custom emojis, which the adapter reads from Discord when the admin gave a custom one. */
const serverEmojis = z.array(z.object({ id: discordId, name: z.string(), animated: z.boolean() })).default([]);

const slugSchema = z
  .string()
  .trim()
  .regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u, {
    error: messageKey('specialty.errors.slugFormat'),
  })
  .max(MAX_SLUG_LENGTH, messageKey('specialty.errors.slugTooLong'));

const addSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  name: nameSchema,
  slug: slugSchema.optional(),
  emoji: emojiText.optional(),
  serverEmojis,
  roleId: discordId.nullable().optional(),
});

export type AddSpecialtyInput = z.input<typeof addSchema>;

export async function addSpecialty(input: AddSpecialtyInput): Promise<Specialty> {
  const { guildId, actor, name, slug, emoji, serverEmojis: known, roleId } = parseInput(addSchema, input);
  requireAdmin(actor);
  if (roleId !== undefined && roleId !== null) requireRoleManager(actor);
  const parsedEmoji = emoji === undefined ? DEFAULT_EMOJI : parseSpecialtyEmoji(emoji, known);
  const all = await listSpecialties(guildId, { includeArchived: true });
  // A slug made from the name gets a number when taken (names cut to 32 characters can collide, and the
  // command has no slug option to pick another); one given explicitly must be free.
  const finalSlug = slug ?? freeSlug(all, slugFromName(name));
  if (finalSlug === '') {
    throw new InvalidInputError('slug', 'specialty.errors.noSlug', { name: quotedInput(name) });
  }
  assertNameFree(all, name, null);
  if (all.filter((s) => s.archivedAt === null).length >= MAX_ACTIVE_SPECIALTIES) {
    throw new ConflictError('specialty.errors.catalogFull', { max: MAX_ACTIVE_SPECIALTIES });
  }
  const created = await createSpecialty({
    guildId,
    slug: finalSlug,
    name,
    emoji: parsedEmoji,
    roleId: roleId ?? null,
  });
  if (created === null) throw new ConflictError('specialty.errors.slugTaken', { slug: finalSlug });
  return created;
}

const renameSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  slug: z.string(),
  name: nameSchema,
  emoji: emojiText.optional(),
  serverEmojis,
});

export type RenameSpecialtyInput = z.input<typeof renameSchema>;

/** New name (and optionally emoji); the slug, and so every profile's reference, stays. */
export async function renameSpecialty(input: RenameSpecialtyInput): Promise<Specialty> {
  const { guildId, actor, slug, name, emoji, serverEmojis: known } = parseInput(renameSchema, input);
  requireAdmin(actor);
  const parsedEmoji = emoji === undefined ? undefined : parseSpecialtyEmoji(emoji, known);
  const all = await listSpecialties(guildId, { includeArchived: true });
  const current = findBySlug(all, slug);
  assertNameFree(all, name, current.slug);
  return (await update(guildId, current.slug, parsedEmoji === undefined ? { name } : { name, emoji: parsedEmoji }))
    .after;
}

const slugActionSchema = z.object({ guildId: discordId, actor: actorSchema, slug: z.string() });

export type SpecialtyActionInput = z.input<typeof slugActionSchema>;

/**
 * Stops offering a specialty for registration, search and autocomplete. Profiles that have it keep it
 * (and its role), which is why archiving replaces deleting.
 */
export async function archiveSpecialty(input: SpecialtyActionInput, clock: Clock): Promise<Specialty> {
  const { guildId, actor, slug } = parseInput(slugActionSchema, input);
  requireAdmin(actor);
  const current = findBySlug(await listSpecialties(guildId, { includeArchived: true }), slug);
  if (current.archivedAt !== null)
    throw new ConflictError('specialty.errors.alreadyArchived', {
      name: quotedInput(current.name, MAX_SPECIALTY_NAME_LENGTH),
    });
  return (await update(guildId, current.slug, { archivedAt: clock.now() })).after;
}

export async function restoreSpecialty(input: SpecialtyActionInput): Promise<Specialty> {
  const { guildId, actor, slug } = parseInput(slugActionSchema, input);
  requireAdmin(actor);
  const all = await listSpecialties(guildId, { includeArchived: true });
  const current = findBySlug(all, slug);
  if (current.archivedAt === null)
    throw new ConflictError('specialty.errors.notArchived', {
      name: quotedInput(current.name, MAX_SPECIALTY_NAME_LENGTH),
    });
  if (all.filter((s) => s.archivedAt === null).length >= MAX_ACTIVE_SPECIALTIES) {
    throw new ConflictError('specialty.errors.catalogFull', { max: MAX_ACTIVE_SPECIALTIES });
  }
  return (await update(guildId, current.slug, { archivedAt: null })).after;
}

const setRoleSchema = z.object({
  guildId: discordId,
  actor: actorSchema,
  slug: z.string(),
  roleId: discordId.nullable(),
});

export type SetSpecialtyRoleInput = z.input<typeof setRoleSchema>;

export interface SpecialtyRoleChange {
  specialty: Specialty;
  /** The role it gave before; the adapter reconciles the mentors, taking it from those who no longer earn it. */
  previousRoleId: string | null;
}

/** Sets or clears (null) the role mentors of this specialty get. */
export async function setSpecialtyRole(input: SetSpecialtyRoleInput): Promise<SpecialtyRoleChange> {
  const { guildId, actor, slug, roleId } = parseInput(setRoleSchema, input);
  requireRoleManager(actor);
  const current = findBySlug(await listSpecialties(guildId, { includeArchived: true }), slug);
  const { before, after } = await update(guildId, current.slug, { roleId });
  return { specialty: after, previousRoleId: before.roleId };
}

// ---------------------------------------------------------------------------------------------------------

function findBySlug(all: readonly Specialty[], slug: string): Specialty {
  const wanted = slug.trim().toLowerCase();
  const found = all.find((s) => s.slug === wanted);
  if (found === undefined) {
    throw new InvalidInputError('specialty', 'specialty.errors.unknownPicked', { name: quotedInput(slug) });
  }
  return found;
}

function assertNameFree(all: readonly Specialty[], name: string, exceptSlug: string | null): void {
  const clash = all.find((s) => s.slug !== exceptSlug && s.name.toLowerCase() === name.toLowerCase());
  if (clash === undefined) return;
  throw new ConflictError(
    clash.archivedAt === null ? 'specialty.errors.nameTaken' : 'specialty.errors.nameTakenArchived',
    {
      name: quotedInput(clash.name, MAX_SPECIALTY_NAME_LENGTH),
    },
  );
}

async function update(
  guildId: string,
  slug: string,
  set: Parameters<typeof updateSpecialty>[2],
): Promise<{ before: Specialty; after: Specialty }> {
  const result = await updateSpecialty(guildId, slug, set);
  if (result === null) throw new Error(`Specialty ${slug} of ${guildId} vanished; specialties are never deleted.`);
  const checked = (specialty: Specialty): Specialty => ({ ...specialty, emoji: checkedStoredEmoji(specialty.emoji) });
  return { before: checked(result.before), after: checked(result.after) };
}

function freeSlug(all: readonly Specialty[], base: string): string {
  const taken = new Set(all.map((specialty) => specialty.slug));
  if (base === '' || !taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/u, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** "UI/UX Design" → "ui-ux-design"; accents dropped, other scripts kept. */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/u, '');
}
