import { ComponentType, InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { SimUsageError } from '../errors.js';
import type { InteractionRecord, UserRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { isRecord } from '../validate/FormErrors.js';
import { createInteraction } from './createInteraction.js';

/** What a user typed or picked, by the input's custom id. */
export type ModalFields = Record<string, string | string[]>;

/**
 * A user fills in and submits the modal the bot showed in answer to
 * `shownBy`; checks what Discord's client checks (required fields,
 * lengths, one submission per modal).
 */
export function submitModal(
  state: SimState,
  user: UserRecord,
  shownBy: InteractionRecord,
  customId: string | undefined,
  fields: ModalFields,
): InteractionRecord {
  const modal =
    shownBy.callback?.type === InteractionResponseType.Modal ? shownBy.callback.data : undefined;
  if (!modal)
    throw new SimUsageError(`interaction ${shownBy.summary} was not answered with a modal`);
  if (shownBy.userId !== user.id)
    throw new SimUsageError(`the modal was shown to someone else, not ${user.username}`);
  if (shownBy.modalSubmitted) throw new SimUsageError('this modal was already submitted');
  if (customId !== undefined && modal.custom_id !== customId) {
    throw new SimUsageError(`the modal shown is "${String(modal.custom_id)}", not "${customId}"`);
  }
  const used = new Set<string>();
  const components = (modal.components as unknown[]).map((component) => {
    const item = isRecord(component) ? component : {};
    if (item.type === ComponentType.ActionRow) {
      const input = (item.components as Record<string, unknown>[])[0] ?? {};
      return { type: 1, id: item.id, components: [answer(input, fields, used)] };
    }
    if (item.type === ComponentType.Label) {
      return {
        type: ComponentType.Label,
        id: item.id,
        component: answer(item.component as Record<string, unknown>, fields, used),
      };
    }
    return { type: item.type, id: item.id };
  });
  const unknown = Object.keys(fields).filter((key) => !used.has(key));
  if (unknown.length > 0) throw new SimUsageError(`the modal has no field ${unknown.join(', ')}`);
  shownBy.modalSubmitted = true;
  const source = shownBy.sourceMessageId ? state.messages.get(shownBy.sourceMessageId) : undefined;
  return createInteraction(state, {
    user,
    channel: state.requireChannel(shownBy.channelId),
    type: InteractionType.ModalSubmit,
    data: { custom_id: modal.custom_id, components },
    summary: `submitted "${String(modal.title)}"`,
    ...(source && !source.deleted ? { sourceMessage: source } : {}),
  });
}

function answer(
  input: Record<string, unknown>,
  fields: ModalFields,
  used: Set<string>,
): Record<string, unknown> {
  const customId = String(input.custom_id);
  const given = fields[customId];
  used.add(customId);
  const label = String(input.label ?? customId);
  if (input.type === ComponentType.TextInput) {
    const value = given === undefined ? String(input.value ?? '') : given;
    if (Array.isArray(value)) throw new SimUsageError(`"${label}" takes text`);
    const required = input.required !== false;
    const length = [...value].length;
    if (required && length === 0) throw new SimUsageError(`"${label}" is required`);
    const min = typeof input.min_length === 'number' ? input.min_length : 0;
    const max = typeof input.max_length === 'number' ? input.max_length : 4_000;
    if (length > 0 && (length < min || length > max)) {
      throw new SimUsageError(`"${label}" takes ${min} to ${max} characters, not ${length}`);
    }
    return { type: ComponentType.TextInput, id: input.id, custom_id: customId, value };
  }
  const values = given === undefined ? [] : Array.isArray(given) ? given : [given];
  const required = input.required !== false;
  if (required && values.length === 0) throw new SimUsageError(`"${label}" is required`);
  if (input.type === ComponentType.StringSelect && values.length > 0) {
    const allowed = new Set(
      (input.options as { value: string }[] | undefined)?.map((o) => o.value),
    );
    const unknown = values.filter((value) => !allowed.has(value));
    if (unknown.length > 0)
      throw new SimUsageError(`"${label}" has no option ${unknown.join(', ')}`);
    const min = typeof input.min_values === 'number' ? input.min_values : 1;
    const max = typeof input.max_values === 'number' ? input.max_values : 1;
    if (values.length < min || values.length > max) {
      throw new SimUsageError(`"${label}" takes ${min} to ${max} values, not ${values.length}`);
    }
  }
  return { type: input.type, id: input.id, custom_id: customId, values };
}
