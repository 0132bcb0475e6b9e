import {
  type APIMessage,
  InteractionResponseType as Callback,
  type InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';
import { SimTimeoutError, SimUsageError } from '../errors.js';
import type { InteractionCallbackRecord, InteractionRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { type WaitOptions, waitFor } from '../util/waitFor.js';

/** The bot's answer to an interaction, as Discord received it. */
export interface InteractionResponse {
  type: Callback;
  data: Record<string, unknown> | undefined;
  /** Real milliseconds from dispatch to the callback arriving. */
  latencyMs: number;
}

const snapshot = (message: APIMessage): APIMessage => structuredClone(message);

/** An interaction a user started: wait for and read the bot's answer to it. */
export class InteractionHandle {
  constructor(
    private readonly state: SimState,
    /** @internal */ readonly record: InteractionRecord,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get type(): InteractionType {
    return this.record.type;
  }

  get userId(): string {
    return this.record.userId;
  }

  get channelId(): string {
    return this.record.channelId;
  }

  get guildId(): string | null {
    return this.record.guildId;
  }

  /** The INTERACTION_CREATE payload the bot received. */
  get payload(): Record<string, unknown> {
    return this.record.payload;
  }

  /** False when no gateway session could receive it (the bot was not connected for that shard). */
  get delivered(): boolean {
    return !this.record.undelivered;
  }

  /** The callback, once the bot answered. */
  get response(): InteractionResponse | undefined {
    return toResponse(this.record.callback);
  }

  /** The message `@original` refers to, in its current state. */
  get reply(): APIMessage | undefined {
    const id = this.record.originalMessageId;
    const record = id ? this.state.messages.get(id) : undefined;
    return record && !record.deleted ? snapshot(record.message) : undefined;
  }

  get followups(): APIMessage[] {
    return this.record.followupIds
      .map((id) => this.state.messages.get(id))
      .filter((record) => record !== undefined && !record.deleted)
      .map((record) => snapshot(record!.message));
  }

  /** Resolves when the bot acknowledges the interaction in any way. */
  waitForResponse(options?: WaitOptions): Promise<InteractionResponse> {
    return this.#wait(() => toResponse(this.record.callback), 'a response', options);
  }

  /**
   * The message the user sees as the answer: the reply (type 4), the deferred
   * reply once edited or filled by a followup (type 5), the updated message
   * (type 7), or the component's message once edited through `@original`
   * (type 6).
   */
  waitForReply(options?: WaitOptions): Promise<APIMessage> {
    return this.#wait(
      () => {
        const callback = this.record.callback;
        if (!callback) return undefined;
        if (
          callback.type === Callback.Modal ||
          callback.type === Callback.ApplicationCommandAutocompleteResult
        ) {
          throw new SimUsageError(
            `${this.#who()} was answered with ${callbackName(callback.type)}, not a message`,
          );
        }
        const reply = this.reply;
        if (!reply) return undefined;
        if (
          callback.type === Callback.DeferredChannelMessageWithSource &&
          (reply.flags ?? 0) & MessageFlags.Loading
        ) {
          return undefined;
        }
        const edits = this.state.messages.get(reply.id)?.edits ?? 0;
        if (
          callback.type === Callback.DeferredMessageUpdate &&
          edits <= this.record.editsAtCallback
        )
          return undefined;
        return reply;
      },
      'a reply',
      options,
    );
  }

  /** The first followup (or the next one after `after` followups) matching the predicate. */
  waitForFollowup(
    predicate: (message: APIMessage) => boolean = () => true,
    options?: WaitOptions & { after?: number },
  ): Promise<APIMessage> {
    return this.#wait(
      () => this.followups.slice(options?.after ?? 0).find(predicate),
      'a followup matching the predicate',
      options,
    );
  }

  /** The modal the bot showed (callback type 9). */
  waitForModal(options?: WaitOptions): Promise<Record<string, unknown>> {
    return this.#wait(() => this.#expect(Callback.Modal)?.data, 'a modal', options);
  }

  /** The autocomplete choices the bot offered (callback type 8). */
  waitForChoices(options?: WaitOptions): Promise<{ name: string; value: string | number }[]> {
    return this.#wait(
      () =>
        this.#expect(Callback.ApplicationCommandAutocompleteResult)?.data?.choices as
          | { name: string; value: string | number }[]
          | undefined,
      'autocomplete choices',
      options,
    );
  }

  #expect(type: Callback): InteractionCallbackRecord | undefined {
    const callback = this.record.callback;
    if (!callback) return undefined;
    if (callback.type !== type) {
      throw new SimUsageError(
        `${this.#who()} was answered with ${callbackName(callback.type)}, not ${callbackName(type)}`,
      );
    }
    return callback;
  }

  #who(): string {
    return `${this.state.users.get(this.record.userId)?.username ?? this.record.userId}'s ${this.record.summary}`;
  }

  #wait<T>(check: () => T | undefined, what: string, options?: WaitOptions): Promise<T> {
    if (this.record.undelivered && !this.record.callback) {
      return Promise.reject(
        new SimTimeoutError(
          `${what} to ${this.#who()}: no gateway session of the bot was there to receive it`,
        ),
      );
    }
    return waitFor(
      this.state,
      ['interaction', 'message'],
      check,
      () => {
        const deadline = this.record.callback
          ? `answered with ${callbackName(this.record.callback.type)}`
          : `unanswered (deadline ${this.state.options.interactionDeadlineMs} ms)`;
        return `${what} to ${this.#who()}; it is ${deadline}`;
      },
      options,
    );
  }
}

function toResponse(callback: InteractionCallbackRecord | null): InteractionResponse | undefined {
  return callback
    ? { type: callback.type, data: callback.data, latencyMs: callback.latencyMs }
    : undefined;
}

function callbackName(type: Callback): string {
  const names: Record<number, string> = {
    4: 'a message (4)',
    5: 'a deferred reply (5)',
    6: 'a deferred update (6)',
    7: 'an updated message (7)',
    8: 'autocomplete choices (8)',
    9: 'a modal (9)',
  };
  return names[type] ?? `type ${type}`;
}
