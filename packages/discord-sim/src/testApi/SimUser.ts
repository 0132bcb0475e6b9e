import type { APIMessage } from 'discord-api-types/v10';
import {
  autocomplete,
  type RunCommandOptions,
  runCommand,
} from '../interactions/commandInteraction.js';
import { clickButton, type MessageRef, selectMenu } from '../interactions/componentInteraction.js';
import { resolveLocation } from '../interactions/createInteraction.js';
import { type ModalFields, submitModal } from '../interactions/modalSubmit.js';
import { createMessage } from '../messages/messageStore.js';
import type { InteractionRecord, UserRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { type WaitOptions, waitFor } from '../util/waitFor.js';
import { validateMessagePayload } from '../validate/messagePayload.js';
import { InteractionHandle } from './InteractionHandle.js';
import { describeMessage, transcript, visibleRecords } from './transcript.js';

/** A person using Discord: runs commands, clicks, types, reads what they can see. */
export class SimUser {
  constructor(
    private readonly state: SimState,
    /** @internal */ readonly record: UserRecord,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get username(): string {
    return this.record.username;
  }

  get dmsOpen(): boolean {
    return this.record.dmsOpen;
  }

  /** Privacy settings: allow or refuse DMs from server members (the bot included). */
  setDmsOpen(open: boolean): void {
    this.record.dmsOpen = open;
  }

  /** Runs `/name` (or `'plan create'`) with options, in a channel or the DM with the bot. */
  async runCommand(name: string, options: RunCommandOptions = {}): Promise<InteractionHandle> {
    return this.#handle(runCommand(this.state, this.record, name, options));
  }

  /** Types into an autocomplete option: `options[focused]` is the partial text. */
  async autocomplete(
    name: string,
    options: RunCommandOptions & { focused: string },
  ): Promise<InteractionHandle> {
    return this.#handle(autocomplete(this.state, this.record, name, options));
  }

  async clickButton(message: MessageRef, customId: string): Promise<InteractionHandle> {
    return this.#handle(clickButton(this.state, this.record, message, customId));
  }

  async selectMenu(
    message: MessageRef,
    customId: string,
    values: string[],
  ): Promise<InteractionHandle> {
    return this.#handle(selectMenu(this.state, this.record, message, customId, values));
  }

  /**
   * Submits the modal the bot showed in answer to `interaction`. `customId`
   * (when given) must be the modal's; `fields` maps input custom ids to text.
   */
  async submitModal(
    interaction: InteractionHandle,
    customId: string | undefined,
    fields: ModalFields,
  ): Promise<InteractionHandle> {
    return this.#handle(submitModal(this.state, this.record, interaction.record, customId, fields));
  }

  /** Posts a plain message, in a channel or (with `{ dm: true }`) to the bot. */
  async sendMessage(
    content: string,
    where: { channelId?: string; dm?: boolean } = {},
  ): Promise<APIMessage> {
    const channel = resolveLocation(this.state, this.record, where);
    const input = validateMessagePayload({ content }, 'channel');
    return structuredClone(
      createMessage(this.state, { channel, author: this.record, input, files: [] }).message,
    );
  }

  /** Messages of a channel as this user sees them (their ephemeral ones included). */
  messages(channelId: string): APIMessage[] {
    return visibleRecords(this.state, channelId, { as: this.id }).map((r) =>
      structuredClone(r.message),
    );
  }

  transcript(channelId: string): string {
    return transcript(this.state, channelId, { as: this.id });
  }

  /** The bot's DMs to this user, oldest first. */
  dms(): APIMessage[] {
    const channel = this.state.dmChannelWith(this.id);
    return channel ? this.messages(channel.id) : [];
  }

  /** The first DM from the bot matching the predicate (already there or arriving). */
  waitForDM(
    predicate: (message: APIMessage) => boolean = () => true,
    options?: WaitOptions,
  ): Promise<APIMessage> {
    return waitFor(
      this.state,
      ['message'],
      () => this.dms().find((m) => m.author.id === this.state.botUser.id && predicate(m)),
      () => {
        const seen = this.dms().map((m) =>
          describeMessage(this.state, this.state.messages.get(m.id)!),
        );
        return `a DM from the bot to ${this.username}; DMs so far:\n${seen.join('\n') || '(none)'}`;
      },
      options,
    );
  }

  #handle(record: InteractionRecord): InteractionHandle {
    return new InteractionHandle(this.state, record);
  }
}
