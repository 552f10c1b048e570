/**
 * One mentor as the search keeps them in memory: the stored profile (for showing them) and, copied onto
 * the entry itself, everything ranking reads for every candidate of every search, worked out once: the
 * numbers it compares, the score components that depend on the mentor alone, and the windows projected
 * onto the UTC week for the zone's current offset as one flat array. Ranking thousands of candidates is
 * then a walk over these entries alone, without following the profile's nested objects.
 */
import type { MentorProfile } from '../../../models/mentor-profile.model.js';
import { projectOntoUtcWeek, toMinuteWindows, type MinuteWindow, type WeeklyUtcWindow } from '../availability.js';
import { reputationScore, responsivenessScore } from '../mentor-score.js';

export interface DirectoryEntry {
  readonly profile: MentorProfile;
  readonly userId: string;
  /** Status "active"; a paused mentor counts as active once `pauseEndsMs` has passed. */
  readonly active: boolean;
  /** When a dated pause ends, as epoch ms; null if none. */
  readonly pauseEndsMs: number | null;
  readonly capacity: number;
  readonly activeMenteeCount: number;
  readonly pendingRequestCount: number;
  readonly reputation: number;
  /** Skill tags as numbers of the server's TagTable. */
  readonly skillIds: Int32Array;
  readonly formats: readonly string[];
  readonly languages: readonly string[];
  readonly reputationScore: number;
  readonly responsivenessScore: number;
  readonly windows: readonly MinuteWindow[];
  /** The projection for one offset, re-made when the zone's offset changes (daylight saving). */
  projection: Projection;
}

interface Projection {
  readonly offset: number;
  readonly windows: readonly WeeklyUtcWindow[];
  /** The same spans as [start, end, start, end, …], sorted and merged. */
  readonly spans: Int32Array;
}

/**
 * A server's skill tags as small numbers: ranking judges each distinct tag once per search and reads the
 * verdicts by number, instead of hashing every mentor's tags again.
 */
export class TagTable {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  idOf(tag: string): number {
    let id = this.ids.get(tag);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(tag, id);
      this.names.push(tag);
    }
    return id;
  }
}

export function toDirectoryEntry(profile: MentorProfile, tags: TagTable): DirectoryEntry {
  return {
    profile,
    userId: profile.userId,
    active: profile.status === 'active',
    pauseEndsMs: profile.status === 'paused' && profile.pausedUntil !== null ? profile.pausedUntil.getTime() : null,
    capacity: profile.capacity,
    activeMenteeCount: profile.activeMenteeCount,
    pendingRequestCount: profile.pendingRequestCount,
    reputation: profile.reputation,
    skillIds: Int32Array.from(profile.skills, (skill) => tags.idOf(skill)),
    formats: profile.formats,
    languages: profile.languages,
    reputationScore: reputationScore(profile.reputation),
    responsivenessScore: responsivenessScore(profile.responseStats),
    windows: toMinuteWindows(profile.availability),
    projection: projection(profile.utcWindowsOffsetMinutes, profile.utcWindows),
  };
}

/** The mentor's windows on the UTC week for a zone offset, kept until the offset changes. */
export function projectionAt(entry: DirectoryEntry, offset: number): readonly WeeklyUtcWindow[] {
  return current(entry, offset).windows;
}

/** `projectionAt` as flat [start, end, …] pairs, for ranking. */
export function spansAt(entry: DirectoryEntry, offset: number): Int32Array {
  return current(entry, offset).spans;
}

/** Spans as flat [start, end, …] pairs, the form ranking reads. */
function flatSpans(windows: readonly WeeklyUtcWindow[]): Int32Array {
  return Int32Array.from(windows.flatMap(({ start, end }) => [start, end]));
}

function current(entry: DirectoryEntry, offset: number): Projection {
  if (entry.projection.offset !== offset) {
    entry.projection = projection(offset, projectOntoUtcWeek(entry.windows, offset));
  }
  return entry.projection;
}

function projection(offset: number, windows: readonly WeeklyUtcWindow[]): Projection {
  return { offset, windows, spans: flatSpans(windows) };
}
