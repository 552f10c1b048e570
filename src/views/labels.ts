import type { MentorFormat } from '../../models/mentor-profile.model.js';
import type { Specialty } from '../services/specialty.service.js';
import { userText } from './format.js';

export const FORMAT_LABELS: Readonly<Record<MentorFormat, string>> = {
  'one-on-one': '1:1 mentoring',
  group: 'Group sessions',
  'code-review': 'Code review',
  'mock-interview': 'Mock interviews',
  'resume-review': 'Resume review',
  'career-guidance': 'Career guidance',
};

export function specialtyLabel(specialty: Pick<Specialty, 'emoji' | 'name'>): string {
  return `${specialty.emoji} ${userText(specialty.name, 60)}`.trim();
}
