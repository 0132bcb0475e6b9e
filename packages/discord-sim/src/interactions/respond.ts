import { performance } from 'node:perf_hooks';
import {
  InteractionResponseType as Callback,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';
import { apiErrors } from '../errors.js';
import type { ParsedBody } from '../http/body.js';
import type { RouteResult } from '../http/router.js';
import { createMessage, editMessage } from '../messages/messageStore.js';
import type { InteractionRecord, MessageRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { checkString, FormErrors, isRecord } from '../validate/FormErrors.js';
import { validateMessagePayload } from '../validate/messagePayload.js';
import { validateModal } from '../validate/modal.js';
import { responseFields, responseMessageType } from './responseMessages.js';

const ALLOWED: Record<number, number[]> = {
  [InteractionType.ApplicationCommand]: [
    Callback.ChannelMessageWithSource,
    Callback.DeferredChannelMessageWithSource,
    Callback.Modal,
  ],
  [InteractionType.MessageComponent]: [
    Callback.ChannelMessageWithSource,
    Callback.DeferredChannelMessageWithSource,
    Callback.DeferredMessageUpdate,
    Callback.UpdateMessage,
    Callback.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [Callback.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    Callback.ChannelMessageWithSource,
    Callback.DeferredChannelMessageWithSource,
    Callback.DeferredMessageUpdate,
    Callback.UpdateMessage,
  ],
};

/**
 * POST /interactions/{id}/{token}/callback: the first answer within the
 * deadline wins; a late one gets 10062 and a second one 40060. An invalid
 * body leaves the interaction unanswered, as on Discord.
 */
export function respondToInteraction(
  state: SimState,
  id: string,
  token: string,
  body: ParsedBody,
  withResponse: boolean,
): RouteResult {
  const interaction = state.interactions.get(id);
  if (!interaction || interaction.token !== token) throw apiErrors.unknownInteraction();
  if (state.now() - interaction.createdAt > state.options.interactionDeadlineMs)
    throw apiErrors.unknownInteraction();
  if (interaction.callback) throw apiErrors.alreadyAcknowledged();
  const payload = isRecord(body.json) ? body.json : {};
  const type = payload.type;
  const source = interaction.sourceMessageId
    ? state.messages.get(interaction.sourceMessageId)
    : undefined;
  const updatesMessage = type === Callback.DeferredMessageUpdate || type === Callback.UpdateMessage;
  if (
    typeof type !== 'number' ||
    !(ALLOWED[interaction.type] ?? []).includes(type) ||
    (updatesMessage && !source)
  ) {
    const errors = new FormErrors();
    errors.add(
      ['type'],
      'INTERACTION_RESPONSE_TYPE_INVALID',
      `Response type ${String(type)} is not valid for this interaction`,
    );
    throw apiErrors.invalidFormBody(errors.tree);
  }
  const data = isRecord(payload.data) ? payload.data : undefined;
  let message: MessageRecord | undefined;
  switch (type) {
    case Callback.ChannelMessageWithSource: {
      const input = validateMessagePayload(data, 'interaction');
      message = createResponse(state, interaction, input, body, false);
      break;
    }
    case Callback.DeferredChannelMessageWithSource: {
      const input = validateMessagePayload({ flags: data?.flags ?? 0 }, 'interaction');
      message = createResponse(state, interaction, input, { json: undefined, files: [] }, true);
      break;
    }
    case Callback.DeferredMessageUpdate:
      message = source;
      break;
    case Callback.UpdateMessage: {
      const input = validateMessagePayload(data, 'edit');
      message = editMessage(state, source as MessageRecord, input, body.files);
      break;
    }
    case Callback.ApplicationCommandAutocompleteResult:
      validateChoices(data);
      break;
    case Callback.Modal:
      numberComponents(validateModal(data));
      break;
  }
  interaction.callback = {
    type,
    data,
    at: state.now(),
    latencyMs: performance.now() - interaction.dispatchedAtPerf,
  };
  if (message) {
    interaction.originalMessageId = message.message.id;
    interaction.editsAtCallback = message.edits;
  }
  state.emit('interaction', interaction);
  if (!withResponse) return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: {
        id: interaction.id,
        type: interaction.type,
        ...(message
          ? {
              response_message_id: message.message.id,
              response_message_loading: ((message.message.flags ?? 0) & MessageFlags.Loading) !== 0,
              response_message_ephemeral: message.visibleTo !== null,
            }
          : {}),
      },
      resource: { type, ...(message ? { message: message.message } : {}) },
    },
  };
}

function createResponse(
  state: SimState,
  interaction: InteractionRecord,
  input: ReturnType<typeof validateMessagePayload>,
  body: ParsedBody,
  loading: boolean,
): MessageRecord {
  const ephemeral = ((input.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  interaction.ephemeral = ephemeral;
  const fields = responseFields(state, interaction, false);
  return createMessage(state, {
    channel: state.requireChannel(interaction.channelId),
    author: state.botUser,
    input: { ...input, flags: (input.flags ?? 0) & ~MessageFlags.Ephemeral },
    files: body.files,
    type: responseMessageType(interaction),
    visibleTo: ephemeral ? interaction.userId : null,
    extra: loading ? { ...fields, flags: MessageFlags.Loading } : fields,
    interactionId: interaction.id,
    allowEmpty: loading,
  });
}

function validateChoices(data: Record<string, unknown> | undefined): void {
  const errors = new FormErrors();
  const choices = data?.choices;
  if (!Array.isArray(choices) || choices.length > 25) {
    errors.maxLength(['data', 'choices'], 25);
  } else {
    choices.forEach((choice: unknown, index) => {
      const at = ['data', 'choices', index];
      const record = isRecord(choice) ? choice : {};
      checkString(errors, [...at, 'name'], record.name, { min: 1, max: 100, required: true });
      if (typeof record.value === 'string')
        checkString(errors, [...at, 'value'], record.value, { max: 100 });
      else if (typeof record.value !== 'number') errors.required([...at, 'value']);
    });
  }
  if (!errors.empty) throw apiErrors.invalidFormBody(errors.tree);
}

/** Discord numbers a modal's components; the submission refers to them by id. */
function numberComponents(modal: Record<string, unknown>): void {
  let next = 1;
  const visit = (component: unknown) => {
    if (!isRecord(component)) return;
    if (typeof component.id !== 'number') component.id = next;
    next = Math.max(next, component.id as number) + 1;
    if (Array.isArray(component.components)) component.components.forEach(visit);
    if (isRecord(component.component)) visit(component.component);
  };
  (modal.components as unknown[]).forEach(visit);
}
