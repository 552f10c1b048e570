import { EmbedBuilder } from 'discord.js';
import type { Translator } from '../i18n/i18n.js';
import type { Specialty } from '../services/specialty.service.js';
import { BRAND_COLOR } from './brand.js';
import { specialtyLabel } from './labels.js';

/** Below an embed description's 4,096 characters, whatever the lines. */
const PAGE_LENGTH = 4_000;

function line(tr: Translator, specialty: Specialty): string {
  const role = specialty.roleId ? ` <@&${specialty.roleId}>` : '';
  const archived = specialty.archivedAt ? ` ${tr.t('specialty.list.archived')}` : '';
  return `${specialtyLabel(specialty)} \`${specialty.slug}\`${role}${archived}`;
}

/**
 * `/specialty list`: every specialty, archived ones too, one embed per page of whole lines, so a long
 * catalog is split rather than cut.
 */
export function specialtyCatalogPages(tr: Translator, catalog: readonly Specialty[]): EmbedBuilder[] {
  const pages: string[][] = [[]];
  let length = 0;
  for (const text of catalog.map((specialty) => line(tr, specialty))) {
    const current = pages[pages.length - 1] ?? [];
    if (current.length > 0 && length + text.length + 1 > PAGE_LENGTH) {
      pages.push([text]);
      length = text.length;
    } else {
      current.push(text);
      length += text.length + 1;
    }
  }
  return pages.map((lines, index) =>
    new EmbedBuilder()
      .setColor(BRAND_COLOR)
      .setTitle(
        pages.length > 1
          ? tr.t('specialty.list.titlePaged', { page: tr.number(index + 1), pages: tr.number(pages.length) })
          : tr.t('specialty.list.title'),
      )
      .setDescription(lines.join('\n') || tr.t('specialty.list.empty')),
  );
}

/** An autocomplete choice: the name, marked when archived (plain text, no markdown). */
export function specialtyChoiceLabel(tr: Translator, specialty: Specialty): string {
  return specialty.archivedAt ? tr.t('specialty.archivedChoice', { name: specialty.name }) : specialty.name;
}

/** The names a new server's specialties get, by slug, in its language; admins may rename them later. */
export function seededSpecialtyNames(tr: Translator): Record<string, string> {
  return {
    'web-development': tr.t('specialty.seed.webDevelopment'),
    mobile: tr.t('specialty.seed.mobile'),
    'data-science': tr.t('specialty.seed.dataScience'),
    'ai-ml': tr.t('specialty.seed.aiMl'),
    cybersecurity: tr.t('specialty.seed.cybersecurity'),
    cloud: tr.t('specialty.seed.cloud'),
    'devops-sre': tr.t('specialty.seed.devopsSre'),
    databases: tr.t('specialty.seed.databases'),
    'systems-embedded': tr.t('specialty.seed.systemsEmbedded'),
    'game-development': tr.t('specialty.seed.gameDevelopment'),
    'ui-ux': tr.t('specialty.seed.uiUx'),
    'career-interviews': tr.t('specialty.seed.careerInterviews'),
    'resume-portfolio': tr.t('specialty.seed.resumePortfolio'),
  };
}
