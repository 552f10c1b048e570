import type { UserError } from '../errors.js';

/** The one place where a typed error becomes words a user reads. */
export function userMessageFor(error: UserError): string {
  const d = error.details;
  switch (error.code) {
    case 'not-found':
      return `I couldn't find ${String(d.what)}.${d.hint ? ` ${String(d.hint)}` : ''}`;
    case 'invalid-input':
      return `**${String(d.field)}**: ${String(d.problem)}`;
    case 'forbidden':
      return `You can't do that: ${String(d.reason)}`;
    case 'conflict':
      return String(d.reason);
    case 'expired-component':
      return EXPIRED_COMPONENT_MESSAGE;
    case 'guild-only':
      return 'This works only inside a server. Run it from a channel of your community.';
  }
}

export const EXPIRED_COMPONENT_MESSAGE =
  "This button or menu isn't valid any more. Run the command again to get a fresh one.";

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side and it has been logged. Please try again in a minute; if it keeps happening, tell a server admin.';

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now; try again in a minute.';

/** When a handler has not answered in time although the database is up (it is slow, or Discord is). */
export const SLOW_ANSWER_MESSAGE =
  'This is taking longer than it should. If nothing else appears here, try again in a minute.';
