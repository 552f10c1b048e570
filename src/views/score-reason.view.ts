import type { Translator } from '../i18n/i18n.js';
import type { ScoreReason } from '../services/mentor-score.js';

/**
 * "15 h" or "40 min": shared time and answer times, rounded to the half hour past an hour; an answer
 * within seconds reads as 1 min, never "0 min".
 */
export function duration(tr: Translator, minutes: number): string {
  if (minutes < 60) return tr.t('search.reasons.minutes', { count: Math.max(1, Math.round(minutes)) });
  return tr.t('search.reasons.hours', { count: Math.round(minutes / 30) / 2 });
}

/** Why a mentor scored what they did, in the reader's words. */
export function scoreReasonText(tr: Translator, reason: ScoreReason): string {
  switch (reason.kind) {
    case 'knows':
      return tr.t('search.reasons.knows', { skills: tr.list(reason.skills) });
    case 'listsNoSkills':
      return tr.t('search.reasons.listsNoSkills');
    case 'knowsRelated':
      return tr.t('search.reasons.knowsRelated', { skills: tr.list(reason.skills), asked: reason.asked });
    case 'doesNotList':
      return tr.t('search.reasons.doesNotList', { asked: reason.asked });
    case 'unknownHours':
      return tr.t('search.reasons.unknownHours');
    case 'noCommonHours':
      return tr.t('search.reasons.noCommonHours');
    case 'commonHours':
      return tr.t('search.reasons.commonHours', {
        duration: duration(tr, reason.minutes),
        parts: tr.list(reason.parts.map((part) => tr.t(`search.partsOfDay.${part}`))),
      });
    case 'places':
      return tr.t('search.reasons.places', { free: reason.free, count: reason.capacity });
    case 'manyWaiting':
      return tr.t('search.reasons.manyWaiting', {
        count: reason.waiting,
        free: reason.free,
        capacity: reason.capacity,
      });
    case 'noReputation':
      return tr.t('search.reasons.noReputation');
    case 'reputation':
      return tr.t('search.reasons.reputation', { points: tr.number(reason.points) });
    case 'noRequests':
      return tr.t('search.reasons.noRequests');
    case 'answers': {
      const answers = tr.t('search.reasons.answers', { answered: reason.answered, count: reason.received });
      return reason.medianMinutes === null
        ? answers
        : tr.t('search.reasons.answersUsually', { answers, duration: duration(tr, reason.medianMinutes) });
    }
  }
}
