import {
  ApplicationCommandOptionType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type User,
} from 'discord.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createCommandList } from './commandList.js';
import { defineCommand } from './defineCommand.js';
import type { CommandOptions, SubcommandOptions } from './optionTypes.js';

const planDefinition = {
  name: 'plan',
  description: 'Your study plan',
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'create',
      description: 'Make a plan',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'exam',
          description: 'Exam',
          required: true,
          autocomplete: true,
        },
        { type: ApplicationCommandOptionType.Integer, name: 'minutes', description: 'Per day' },
        {
          type: ApplicationCommandOptionType.String,
          name: 'days',
          description: 'Days',
          choices: [
            { name: 'Weekdays', value: 'mon-fri' },
            { name: 'Every day', value: 'mon-sun' },
          ],
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.SubcommandGroup,
      name: 'reminder',
      description: 'Reminders',
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'for',
          description: 'For someone',
          options: [
            {
              type: ApplicationCommandOptionType.User,
              name: 'user',
              description: 'Who',
              required: true,
            },
          ],
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

describe('option types derived from a definition', () => {
  it("types each subcommand's options, required ones required and choices as their values", () => {
    type Options = SubcommandOptions<typeof planDefinition>;
    expectTypeOf<Options['create']>().toEqualTypeOf<{
      exam: string;
      minutes?: number;
      days?: 'mon-fri' | 'mon-sun';
    }>();
    expectTypeOf<Options['reminder for']>().toEqualTypeOf<{ user: User }>();
    expectTypeOf<CommandOptions<{ name: 'x'; description: 'y' }>>().toEqualTypeOf<
      Record<string, never>
    >();
  });

  it('makes a missing subcommand handler or a misspelt option a compile error', () => {
    defineCommand({
      definition: planDefinition,
      // @ts-expect-error: the handler of 'reminder for' is missing
      run: { create: async () => {} },
    });
    defineCommand({
      definition: planDefinition,
      run: {
        create: async (_ctx, options) => {
          // @ts-expect-error: there is no option 'exams'
          void options.exams;
        },
        'reminder for': async () => {},
      },
      // @ts-expect-error: 'minutes' has no autocomplete
      autocomplete: { minutes: () => [] },
    });
    expect(true).toBe(true);
  });
});

describe('defineCommand', () => {
  const plan = defineCommand({
    definition: planDefinition,
    ephemeral: true,
    run: {
      create: async () => {},
      'reminder for': { ephemeral: false, defer: true, run: async () => {} },
    },
    autocomplete: { exam: () => [{ name: 'AI-103', value: 'AI-103' }] },
    components: { confirm: { run: async () => {} } },
  });

  it('finds the handler of each subcommand path with its answer settings', () => {
    expect(plan.handlerFor('create')).toMatchObject({
      ephemeral: true,
      defer: false,
      opensModal: false,
    });
    expect(plan.handlerFor('reminder for')).toMatchObject({ ephemeral: false, defer: true });
    expect(plan.handlerFor(undefined)).toBeUndefined();
    expect(plan.handlerFor('delete')).toBeUndefined();
  });

  it('reads where the command may run from its contexts', () => {
    expect(plan.place).toBe('guild');
  });

  it('keeps autocomplete and component routes by name', () => {
    expect([...plan.autocomplete.keys()]).toEqual(['exam']);
    expect([...plan.components.keys()]).toEqual(['confirm']);
  });

  it('refuses two commands of the same name in one list', () => {
    expect(() => createCommandList([plan, plan])).toThrow(/two commands are named \/plan/);
    expect(createCommandList([plan]).definitions()).toEqual([planDefinition]);
  });
});
