import type { Blueprint } from '@certpace/core';
import { ComponentType, type ModalComponentData, TextInputStyle } from 'discord.js';
import { LIMITS } from '../../messages/limits.js';
import { truncate } from '../../messages/truncate.js';
import { examCode } from '../../views/format.js';
import { domainIndexes, draftCustomId, partOf, type ScoreDraft } from './draft.js';

/**
 * The modal for one part of a score report: a text input per domain,
 * labelled with the domain's name (cut to Discord's 45 characters), filled
 * with what was typed before.
 */
export function scoreModal(
  owner: string,
  draft: ScoreDraft,
  blueprint: Blueprint,
): ModalComponentData {
  const part = partOf(draft.step);
  const indexes = domainIndexes(blueprint, part);
  const parts = blueprint.domains.length > indexes.length ? ` (${part} of 2)` : '';
  return {
    // This part's values come back as fields, so the id carries only the others.
    customId: draftCustomId('form', owner, draft, indexes),
    title: truncate(
      `Score report · ${examCode(draft.examRef)} · ${draft.total}${parts}`,
      LIMITS.modalTitle,
    ),
    components: indexes.map((i) => {
      const domain = blueprint.domains[i]!;
      const value = draft.values[i] ?? '';
      return {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            customId: domain.id,
            label: truncate(domain.name, LIMITS.modalLabel),
            style: TextInputStyle.Short,
            required: false,
            maxLength: 4,
            placeholder: `Percent on your report, 0–100 (${domain.weight[0]}–${domain.weight[1]}% of the exam)`,
            ...(value === '' ? {} : { value }),
          },
        ],
      };
    }),
  };
}
