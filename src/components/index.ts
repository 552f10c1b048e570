import type { ComponentHandler } from '../discord/component.js';
import { checkInPulseButton, checkInRatingSelect } from './mentorship-check-in.components.js';
import { feedbackButton, feedbackForm } from './mentorship-feedback.components.js';
import {
  continueMentorshipButton,
  endQuietMentorshipButton,
  endReasonSelect,
} from './mentorship-lifecycle.components.js';
import {
  draftContinueButton,
  draftFormatsSelect,
  draftSpecialtiesSelect,
  draftSubmitModal,
} from './mentor-draft.components.js';
import { searchPageButton, shareSearchButton } from './mentor-search.components.js';
import {
  acceptRequestButton,
  blockRequestButton,
  declineReasonModal,
  declineRequestButton,
  requestGoalsInModal,
  requestGoalsModal,
  requestMentorButton,
  requestMentorInButton,
  withdrawRequestButton,
} from './mentorship-request.components.js';
import { confirmAgreementButton, editGuideButton, guideTextModal } from './mentorship-space.components.js';
import { claimOpenRequestButton, openRequestGoalsModal, withdrawOpenRequestButton } from './open-request.components.js';

import { leaderboardPageButton } from './leaderboard.components.js';
import { confirmSessionButton, disputeSessionButton } from './session.components.js';

/** Every button, select and modal handler, claimed by its custom-id route. */
export const components: readonly ComponentHandler[] = [
  draftSpecialtiesSelect,
  draftFormatsSelect,
  draftContinueButton,
  draftSubmitModal,
  searchPageButton,
  shareSearchButton,
  requestMentorButton,
  requestGoalsModal,
  requestMentorInButton,
  requestGoalsInModal,
  acceptRequestButton,
  declineRequestButton,
  declineReasonModal,
  blockRequestButton,
  withdrawRequestButton,
  confirmAgreementButton,
  editGuideButton,
  guideTextModal,
  openRequestGoalsModal,
  claimOpenRequestButton,
  withdrawOpenRequestButton,
  checkInPulseButton,
  checkInRatingSelect,
  feedbackButton,
  feedbackForm,
  continueMentorshipButton,
  endQuietMentorshipButton,
  endReasonSelect,
  confirmSessionButton,
  disputeSessionButton,
  leaderboardPageButton,
];
