/**
 * One mentor as the search keeps them in memory: the stored profile plus what ranking would otherwise
 * work out again for every candidate of every search (windows read as minutes, the score components
 * that depend on the mentor alone, the projection onto the UTC week for the zone's current offset).
 */
import type { MentorProfile } from '../../../models/mentor-profile.model.js';
import { projectOntoUtcWeek, toMinuteWindows, type MinuteWindow, type WeeklyUtcWindow } from '../availability.js';
import { reputationScore, responsivenessScore } from '../mentor-score.js';

export interface DirectoryEntry {
  readonly profile: MentorProfile;
  readonly windows: readonly MinuteWindow[];
  readonly reputationScore: number;
  readonly responsivenessScore: number;
  /** When a dated pause ends (the mentor counts as active from then), as epoch ms; null if none. */
  readonly pauseEndsMs: number | null;
  /** The projection for one offset, re-made when the zone's offset changes (daylight saving). */
  projection: { offset: number; windows: readonly WeeklyUtcWindow[] };
}

export function toDirectoryEntry(profile: MentorProfile): DirectoryEntry {
  return {
    profile,
    windows: toMinuteWindows(profile.availability),
    reputationScore: reputationScore(profile.reputation),
    responsivenessScore: responsivenessScore(profile.responseStats),
    pauseEndsMs: profile.status === 'paused' && profile.pausedUntil !== null ? profile.pausedUntil.getTime() : null,
    projection: { offset: profile.utcWindowsOffsetMinutes, windows: profile.utcWindows },
  };
}

/** The mentor's windows on the UTC week for a zone offset, kept until the offset changes. */
export function projectionAt(entry: DirectoryEntry, offset: number): readonly WeeklyUtcWindow[] {
  if (entry.projection.offset !== offset) {
    entry.projection = { offset, windows: projectOntoUtcWeek(entry.windows, offset) };
  }
  return entry.projection.windows;
}
