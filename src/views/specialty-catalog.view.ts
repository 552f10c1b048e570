import { EmbedBuilder } from 'discord.js';
import type { Specialty } from '../services/specialty.service.js';
import { BRAND_COLOR } from './brand.js';
import { specialtyLabel } from './labels.js';

/** Below an embed description's 4,096 characters, whatever the lines. */
const PAGE_LENGTH = 4_000;

function line(specialty: Specialty): string {
  const role = specialty.roleId ? ` <@&${specialty.roleId}>` : '';
  return `${specialtyLabel(specialty)} \`${specialty.slug}\`${role}${specialty.archivedAt ? ' (archived)' : ''}`;
}

/**
 * `/specialty list`: every specialty, archived ones too, one embed per page of whole lines, so a long
 * catalog is split rather than cut.
 */
export function specialtyCatalogPages(catalog: readonly Specialty[]): EmbedBuilder[] {
  const pages: string[][] = [[]];
  let length = 0;
  for (const text of catalog.map(line)) {
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
      .setTitle(pages.length > 1 ? `Specialties (${index + 1}/${pages.length})` : 'Specialties')
      .setDescription(lines.join('\n') || 'No specialties yet. Add one with `/specialty add`.'),
  );
}
