/**
 * `/mentors find` and its page buttons: the query is saved once, and every page is computed afresh
 * from it, so pages stay right after a restart and reflect mentors who paused or filled up since.
 */
import type { Clock } from '../clock.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { findSavedSearch, saveSearch, type MentorQuery } from '../../models/saved-search.model.js';
import { findMentors, type MentorSearchPage } from './mentor-search.service.js';

export interface MentorFinderPage extends MentorSearchPage {
  searchId: string;
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
): Promise<MentorFinderPage> {
  // Search first: a query the search refuses (unknown specialty) is never saved.
  const page = await findMentors(searchInput(guildId, askerId, query, 1), clock);
  const saved = await saveSearch(guildId, askerId, { ...query, specialty: page.specialty.slug }, clock.now());
  return { ...page, searchId: saved.id };
}

export async function turnMentorSearchPage(
  searchId: string,
  page: number,
  viewerId: string,
  clock: Clock,
): Promise<MentorFinderPage> {
  const saved = await findSavedSearch(searchId, clock.now());
  if (!saved) throw new NotFoundError('that search any more', 'Searches last a day; run `/mentors find` again.');
  if (saved.askerId !== viewerId) {
    throw new ForbiddenError('these results belong to someone else. Run `/mentors find` to page through your own.');
  }
  return { ...(await findMentors(searchInput(saved.guildId, saved.askerId, saved.query, page), clock)), searchId };
}
