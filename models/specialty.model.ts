/**
 * The specialties a server offers mentoring in ("Web development", "Cybersecurity"). Slugs are stable ids
 * stored on mentor profiles, so a specialty is renamed or archived, never deleted: archived ones stay on
 * the profiles that have them but are no longer offered.
 */
import mongoose, { Schema } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';
import { SPECIALTY_CHANGES, recordEveryChange } from './mentor-directory.model.js';

/**
 * Discord's partial emoji: a standard emoji has no id and is its own name ("🐍"); a custom emoji of the
 * server has its id, name and whether it is animated. Stored parsed, so every select and embed can use it as is.
 */
export interface SpecialtyEmoji {
  id: string | null;
  name: string;
  animated: boolean;
}

export interface Specialty {
  guildId: string;
  slug: string;
  name: string;
  emoji: SpecialtyEmoji;
  /** A Discord role mentors of this specialty get, if the server set one. */
  roleId: string | null;
  archivedAt: Date | null;
}

export type NewSpecialty = Pick<Specialty, 'guildId' | 'slug' | 'name' | 'emoji' | 'roleId'>;

const specialtySchema = new Schema<Specialty>(
  {
    guildId: { type: String, required: true },
    slug: { type: String, required: true },
    name: { type: String, required: true },
    emoji: {
      type: new Schema<SpecialtyEmoji>(
        {
          id: { type: String, default: null },
          name: { type: String, required: true },
          animated: { type: Boolean, default: false },
        },
        { _id: false },
      ),
      required: true,
    },
    roleId: { type: String, default: null },
    archivedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
// Slugs are unique per server; the guildId prefix also serves "all specialties of this server".
specialtySchema.index({ guildId: 1, slug: 1 }, { unique: true });
// The mentor search keeps this in memory in every process; each write tells them what changed.
recordEveryChange(specialtySchema, SPECIALTY_CHANGES);

export const SpecialtyModel = mongoose.model<Specialty>('Specialty', specialtySchema);

/** Before emojis were stored parsed, they were the text an admin typed; such documents may still exist. */
type StoredSpecialty = Omit<Specialty, 'emoji'> & { emoji: SpecialtyEmoji | string };

/**
 * Text from older documents comes back as a standard emoji's name, unchecked: the specialty service
 * checks every emoji it reads, whatever its age.
 */
function toSpecialty(doc: StoredSpecialty): Specialty {
  const emoji =
    typeof doc.emoji === 'string'
      ? { id: null, name: doc.emoji, animated: false }
      : { id: doc.emoji.id ?? null, name: doc.emoji.name, animated: doc.emoji.animated };
  return {
    guildId: doc.guildId,
    slug: doc.slug,
    name: doc.name,
    emoji,
    roleId: doc.roleId ?? null,
    archivedAt: doc.archivedAt ?? null,
  };
}

export async function guildHasSpecialties(guildId: string): Promise<boolean> {
  return (await SpecialtyModel.exists({ guildId })) !== null;
}

/** Inserts the ones whose slug is not taken yet; a concurrent insert of the same slug is not an error. */
export async function insertSpecialtiesIfMissing(specialties: readonly NewSpecialty[]): Promise<void> {
  try {
    await SpecialtyModel.insertMany(specialties, { ordered: false, throwOnValidationError: true });
  } catch (error) {
    const writeErrors = (error as { writeErrors?: unknown[] }).writeErrors;
    const onlyDuplicates =
      isDuplicateKeyError(error) ||
      (Array.isArray(writeErrors) && writeErrors.length > 0 && writeErrors.every(isDuplicateWriteError));
    if (!onlyDuplicates) throw error;
  }
}

function isDuplicateWriteError(writeError: unknown): boolean {
  if (isDuplicateKeyError(writeError)) return true;
  const inner = (writeError as { err?: unknown }).err;
  return isDuplicateKeyError(inner);
}

/** The query behind `listSpecialties`; exported so a test can explain it. */
export function specialtiesQuery(guildId: string) {
  return SpecialtyModel.find({ guildId });
}

/** All the server's specialties, archived ones included, ordered by name. */
export async function listSpecialties(guildId: string): Promise<Specialty[]> {
  const docs = await specialtiesQuery(guildId).lean<StoredSpecialty[]>();
  return docs.map(toSpecialty).sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : 1));
}

/** Null when the slug is already taken on this server. */
export async function createSpecialty(specialty: NewSpecialty): Promise<Specialty | null> {
  try {
    const doc = await SpecialtyModel.create(specialty);
    return toSpecialty(doc.toObject<StoredSpecialty>());
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
}

/** Applies `set` to the specialty and returns it as it was before, or null if there is no such slug. */
export async function updateSpecialty(
  guildId: string,
  slug: string,
  set: Partial<Pick<Specialty, 'name' | 'emoji' | 'roleId' | 'archivedAt'>>,
): Promise<{ before: Specialty; after: Specialty } | null> {
  const before = await SpecialtyModel.findOneAndUpdate(
    { guildId, slug },
    { $set: set },
    { returnDocument: 'before' },
  ).lean<StoredSpecialty>();
  if (before === null) return null;
  const previous = toSpecialty(before);
  return { before: previous, after: { ...previous, ...set } };
}
