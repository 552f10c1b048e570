/**
 * `/mentors find` and its buttons: the query is saved once, and every page (turned or shared) is computed
 * afresh from it, so pages stay right after a restart and reflect mentors who paused or filled up since.
 * Searches are admitted a few at a time (mentor-search/admission.ts), so a crowd is answered in order.
 */
import type { Clock } from '../clock.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { findSavedSearch, saveSearch, type MentorQuery } from '../../models/saved-search.model.js';
import { findMentors, type MentorSearchPage } from './mentor-search.service.js';
import { AdmissionGate } from './mentor-search/admission.js';
import { mentorDirectory, type MentorDirectory } from './mentor-search/mentor-directory.js';

export interface MentorFinderPage extends MentorSearchPage {
  searchId: string;
}

/** Searches computing at once; a search is a few milliseconds, so the rest wait very briefly. */
const CONCURRENT_SEARCHES = 4;
const gate = new AdmissionGate(CONCURRENT_SEARCHES);

/** Whether a search started now would queue: an adapter that must answer within 3 s acknowledges first. */
export function searchesQueued(): boolean {
  return gate.full;
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
  const saved = await findSavedSearch(searchId, clock.now());
  if (!saved) throw new NotFoundError('that search any more', 'Searches last a day; run `/mentors find` again.');
  if (saved.askerId !== viewerId) {
    throw new ForbiddenError('these results belong to someone else. Run `/mentors find` to see your own.');
  }
  const found = await gate.run(() =>
    findMentors(searchInput(saved.guildId, saved.askerId, saved.query, page), clock, directory),
  );
  return { ...found, searchId };
}
