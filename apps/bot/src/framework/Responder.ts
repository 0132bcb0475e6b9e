import {
  type MessageComponentInteraction,
  MessageFlags,
  type ModalBuilder,
  type ModalComponentData,
  type RepliableInteraction,
} from 'discord.js';
import {
  fitSingle,
  messageOptions,
  type Reply,
  type ReplyPayload,
  splitPayload,
} from '../messages/payload.js';

/** Every interaction that can be answered with a message. */
export type AnswerableInteraction = RepliableInteraction | MessageComponentInteraction;

type State = 'idle' | 'deferred-reply' | 'deferred-update' | 'answered' | 'modal';

/**
 * The one way handlers answer an interaction. It knows whether the
 * interaction was already deferred or answered and picks the right call
 * (reply, edit the deferred reply, follow up, update the clicked message), and
 * it runs calls one after another, so the automatic defer at ~2 s and a
 * handler's own reply can never race.
 */
export class Responder {
  #state: State = 'idle';
  #deferredEphemeral = false;
  #placeholderPending = false;
  #sourceAcknowledged = false;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly interaction: AnswerableInteraction,
    /** Whether answers are private unless a payload says otherwise. */
    readonly ephemeralByDefault: boolean,
  ) {}

  /** Whether Discord has had its first answer (a reply, a defer, an update or a modal). */
  get acknowledged(): boolean {
    return this.#state !== 'idle';
  }

  /** A "thinking" reply is still showing: the handler deferred but has not answered yet. */
  get awaitingAnswer(): boolean {
    return this.#placeholderPending;
  }

  /**
   * Acknowledges now and answers later. A command shows "thinking"; a clicked
   * component keeps its message unchanged until `update` or `reply`.
   */
  defer(options: { ephemeral?: boolean } = {}): Promise<void> {
    return this.#enqueue(() => this.#defer(options.ephemeral ?? this.ephemeralByDefault));
  }

  /** Defers only if nothing was sent yet: what the 2-second timer calls. */
  deferIfIdle(): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#state === 'idle') await this.#defer(this.ephemeralByDefault);
    });
  }

  /** Answers with a message (several, when it would not fit one). */
  reply(reply: Reply): Promise<void> {
    return this.#enqueue(async () => {
      const parts = splitPayload(reply);
      for (const part of parts) await this.#send(part);
    });
  }

  /** Replaces the clicked message (components, and modals opened from a message). */
  update(reply: Reply): Promise<void> {
    return this.#enqueue(async () => {
      const i = this.interaction;
      const payload = fitSingle(reply);
      const options = {
        ...messageOptions(payload),
        ...(payload.files ? { attachments: [] } : {}),
      };
      const fromMessage = i.isMessageComponent() || (i.isModalSubmit() && i.isFromMessage());
      if (!fromMessage)
        throw new Error('update() is only for components and modals opened from a message');
      if (this.#state === 'idle') {
        await i.update(options);
        this.#state = 'answered';
        this.#sourceAcknowledged = true;
      } else if (this.#sourceAcknowledged) {
        // After update/deferUpdate, the interaction's "original" is the clicked message.
        await i.editReply(options);
      } else {
        await i.message?.edit(options);
      }
    });
  }

  /** Opens a modal; only possible as the very first answer. */
  showModal(modal: ModalBuilder | ModalComponentData): Promise<void> {
    return this.#enqueue(async () => {
      const i = this.interaction;
      if (this.#state !== 'idle' || i.isModalSubmit()) {
        throw new Error('a modal can only be the first answer to a command or component');
      }
      await i.showModal(modal);
      this.#state = 'modal';
    });
  }

  async #defer(ephemeral: boolean): Promise<void> {
    const i = this.interaction;
    if (this.#state !== 'idle') return;
    if (i.isMessageComponent()) {
      await i.deferUpdate();
      this.#state = 'deferred-update';
      this.#sourceAcknowledged = true;
      return;
    }
    await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    this.#state = 'deferred-reply';
    this.#deferredEphemeral = ephemeral;
    this.#placeholderPending = true;
  }

  async #send(part: ReplyPayload): Promise<void> {
    const i = this.interaction;
    const ephemeral = part.ephemeral ?? this.ephemeralByDefault;
    const flags = ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
    const options = messageOptions(part);
    if (this.#state === 'idle') {
      await i.reply({ ...options, ...flags });
      this.#state = 'answered';
      return;
    }
    if (this.#state === 'modal')
      throw new Error('a modal was shown: answer its submission instead');
    if (this.#placeholderPending) {
      this.#placeholderPending = false;
      this.#state = 'answered';
      if (ephemeral === this.#deferredEphemeral) {
        await i.editReply(options);
        return;
      }
      // The "thinking" placeholder has the other visibility, and a followup while it
      // is still there would fill it with that visibility: remove it, then follow up.
      await i.deleteReply();
      await i.followUp({ ...options, ...flags });
      return;
    }
    await i.followUp({ ...options, ...flags });
    this.#state = 'answered';
  }

  #enqueue<T>(op: () => Promise<T>): Promise<T> {
    const next = this.#chain.then(op, op);
    this.#chain = next.catch(() => undefined);
    return next;
  }
}
