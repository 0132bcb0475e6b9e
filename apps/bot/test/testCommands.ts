import {
  ApplicationCommandOptionType,
  ButtonStyle,
  ComponentType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  TextInputStyle,
} from 'discord.js';
import { encodeCustomId } from '../src/framework/customId.js';
import { defineCommand } from '../src/framework/defineCommand.js';
import { button, buttonRows, selectMenuRow } from '../src/messages/components.js';

// Commands that exist only in tests, to drive the framework through paths the
// shipped commands do not take (a crash, slow work, a guild-only command).

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const crashDefinition = {
  name: 'crash',
  description: 'Fails with an unexpected error',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const crash = defineCommand({
  definition: crashDefinition,
  async run() {
    throw new TypeError("Cannot read properties of undefined (reading 'tasks')");
  },
});

export const slowDefinition = {
  name: 'slow',
  description: 'Takes a while, then answers',
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'ms',
      description: 'How long',
      required: true,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Answer privately',
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const slow = defineCommand({
  definition: slowDefinition,
  async run(ctx, options) {
    await sleep(options.ms);
    await ctx.respond.reply({
      content: `done after ${options.ms} ms`,
      ephemeral: options.private ?? false,
    });
  },
});

export const counterDefinition = {
  name: 'counter',
  description: 'A counter anyone can press and one only its owner can reset',
  contexts: [InteractionContextType.Guild],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const counterRows = (owner: string, count: number) =>
  buttonRows([
    button({
      customId: encodeCustomId({ feature: 'counter', action: 'add', args: [String(count)] }),
      label: `+1 (${count})`,
    }),
    button({
      customId: encodeCustomId({ feature: 'counter', action: 'reset', owner, args: [] }),
      label: 'Reset',
      style: ButtonStyle.Danger,
    }),
  ]);

export const counter = defineCommand({
  definition: counterDefinition,
  async run(ctx) {
    await ctx.respond.reply({ content: 'count 0', components: counterRows(ctx.user.id, 0) });
  },
  components: {
    add: {
      async run(ctx) {
        const next = Number(ctx.id.args[0]) + 1;
        const owner = ctx.interaction.message.interactionMetadata?.user.id ?? ctx.user.id;
        await ctx.respond.update({
          content: `count ${next}`,
          components: counterRows(owner, next),
        });
      },
    },
    reset: {
      // A slow reset: the click is acknowledged first (deferred update), the message edited later.
      async run(ctx) {
        await sleep(400);
        await ctx.respond.update({ content: 'count 0', components: counterRows(ctx.user.id, 0) });
      },
    },
  },
});

/** `/where` as registered (anywhere) and as the bot now runs it (servers only): a stale registration. */
export const whereAnywhere = defineCommand({
  definition: {
    name: 'where',
    description: 'Only in servers',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
  async run(ctx) {
    await ctx.respond.reply('here');
  },
});

export const whereGuildOnly = defineCommand({
  definition: {
    name: 'where',
    description: 'Only in servers',
    contexts: [InteractionContextType.Guild],
  },
  async run(ctx) {
    await ctx.respond.reply('here');
  },
});

export const feedbackDefinition = {
  name: 'feedback',
  description: 'Opens a form, or a menu to rate with',
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'write',
      description: 'Write some feedback',
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'rate',
      description: 'Rate from a menu',
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const feedback = defineCommand({
  definition: feedbackDefinition,
  run: {
    write: {
      opensModal: true,
      async run(ctx) {
        await ctx.respond.showModal({
          customId: encodeCustomId({
            feature: 'feedback',
            action: 'send',
            owner: ctx.user.id,
            args: [],
          }),
          title: 'Feedback',
          components: [
            {
              type: ComponentType.ActionRow,
              components: [
                {
                  type: ComponentType.TextInput,
                  customId: 'text',
                  label: 'What should change?',
                  style: TextInputStyle.Paragraph,
                },
              ],
            },
          ],
        });
      },
    },
    async rate(ctx) {
      await ctx.respond.reply({
        content: 'How useful is it?',
        components: [
          selectMenuRow({
            customId: encodeCustomId({ feature: 'feedback', action: 'rated', args: [] }),
            options: ['1', '2', '3'].map((v) => ({ label: `${v} stars`, value: v })),
          }),
        ],
      });
    },
  },
  components: {
    rated: {
      ephemeral: true,
      async run(ctx) {
        const values = ctx.interaction.isStringSelectMenu() ? ctx.interaction.values : [];
        await ctx.respond.reply(`You rated ${values.join(', ')} stars.`);
      },
    },
  },
  modals: {
    send: {
      ephemeral: true,
      async run(ctx) {
        await ctx.respond.reply(`Thanks: ${ctx.interaction.fields.getTextInputValue('text')}`);
      },
    },
  },
});
