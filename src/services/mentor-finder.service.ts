/**
 * `/mentors find` and its buttons: the query is saved once, and every page (turned or shared) is computed
 * afresh from it, so pages stay right after a restart and reflect mentors who paused or filled up since.
 * Searches are admitted a few at a time (mentor-search/admission.ts), so a crowd is answered in order.
 */
import type { Clock } from '../clock.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import {
  SAVED_SEARCH_LIFETIME_SECONDS,
  findSavedSearch,
  saveSearch,
  type MentorQuery,
  type SavedSearch,
} from '../../models/saved-search.model.js';
import { findMentors, type MentorSearchPage } from './mentor-search.service.js';
import { AdmissionGate } from './mentor-search/admission.js';
import { mentorDirectory, type MentorDirectory } from './mentor-search/mentor-directory.js';

export interface MentorFinderPage extends MentorSearchPage {
  searchId: string;
}

/** Searches computing at once; a search is a few milliseconds, so the rest wait very briefly. */
const CONCURRENT_SEARCHES = 4;
const gate = new AdmissionGate(CONCURRENT_SEARCHES);

/**
 * Searches this process saved, by id: a saved search never changes, so turning its pages here reads none
 * (another process, or this one after a restart, reads it from MongoDB). The oldest go first past the cap.
 */
const savedHere = new Map<string, { search: SavedSearch; expiresAt: number }>();
const SAVED_HERE_KEPT = 5_000;

function keepSaved(search: SavedSearch, now: Date): void {
  savedHere.set(search.id, { search, expiresAt: now.getTime() + SAVED_SEARCH_LIFETIME_SECONDS * 1000 });
  if (savedHere.size > SAVED_HERE_KEPT) {
    const oldest = savedHere.keys().next().value;
    if (oldest !== undefined) savedHere.delete(oldest);
  }
}

async function savedSearch(searchId: string, now: Date): Promise<SavedSearch | null> {
  const kept = savedHere.get(searchId);
  if (kept !== undefined) return kept.expiresAt > now.getTime() ? kept.search : null;
  return findSavedSearch(searchId, now);
}

function searchInput(guildId: string, askerId: string, query: MentorQuery, page: number) {
  return {
    guildId,
    askerId,
    specialty: query.specialty,
    page,
    ...(query.skill ? { skill: query.skill } : {}),
    ...(query.format ? { format: query.format } : {}),
    ...(query.language ? { language: query.language } : {}),
    ...(query.available ? { available: query.available } : {}),
  };
}

export async function startMentorSearch(
  guildId: string,
  askerId: string,
  query: MentorQuery,
  clock: Clock,
  directory: MentorDirectory = mentorDirectory,
): Promise<MentorFinderPage> {
  // Search first: a query the search refuses (unknown specialty) is never saved.
  const page = await gate.run(() => findMentors(searchInput(guildId, askerId, query, 1), clock, directory));
  const saved = await saveSearch(guildId, askerId, { ...query, specialty: page.specialty.slug }, clock.now());
  keepSaved(saved, clock.now());
  return { ...page, searchId: saved.id };
}

/** A page of a saved search, for its asker only: to turn to, or to share in the channel. */
export async function mentorSearchPage(
  searchId: string,
  page: number,
  viewerId: string,
  clock: Clock,
  directory: MentorDirectory = mentorDirectory,
): Promise<MentorFinderPage> {
  const saved = await savedSearch(searchId, clock.now());
  if (!saved) throw new NotFoundError('search.errors.gone');
  if (saved.askerId !== viewerId) {
    throw new ForbiddenError('search.errors.notYours');
  }
  const found = await gate.run(() =>
    findMentors(searchInput(saved.guildId, saved.askerId, saved.query, page), clock, directory),
  );
  return { ...found, searchId };
}
