import {
  ApplicationIntegrationType,
  InteractionContextType,
  ApplicationCommandOptionType as Option,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { SubcommandOptions } from '../../framework/optionTypes.js';

const examOption = {
  type: Option.String,
  name: 'exam',
  description: 'Which plan, when you have several (exam code, e.g. AI-103)',
  autocomplete: true,
  max_length: 40,
} as const;

const minutesOption = {
  type: Option.Integer,
  name: 'minutes',
  description: 'Minutes of study on a study day, e.g. 60',
  min_value: 1,
  max_value: 960,
} as const;

const daysOption = {
  type: Option.String,
  name: 'days',
  description: 'Study days, e.g. mon-fri or mon,wed,sat (default: every day)',
  max_length: 60,
} as const;

const dateOption = <const N extends string>(name: N, description: string) =>
  ({ type: Option.String, name, description, max_length: 20 }) as const;

export const planDefinition = {
  name: 'plan',
  description: 'Your study plan toward an exam date',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: Option.Subcommand,
      name: 'create',
      description: 'Make a study plan toward your exam date',
      options: [
        {
          type: Option.String,
          name: 'exam-date',
          description: 'The day of your exam, YYYY-MM-DD',
          required: true,
          max_length: 20,
        },
        { ...minutesOption, required: true },
        {
          type: Option.String,
          name: 'exam',
          description: 'The exam (default: the newest one not retired)',
          autocomplete: true,
          max_length: 40,
        },
        daysOption,
        {
          type: Option.String,
          name: 'timezone',
          description: 'Your timezone, e.g. Europe/Berlin (default: yours, else the server’s)',
          autocomplete: true,
          max_length: 64,
        },
      ],
    },
    {
      type: Option.Subcommand,
      name: 'edit',
      description: 'Change the exam date, study time or days, or pause; re-plans from today',
      options: [
        dateOption('exam-date', 'A new exam date, YYYY-MM-DD'),
        minutesOption,
        daysOption,
        dateOption('from', 'Pause: first day without study, YYYY-MM-DD'),
        dateOption('to', 'Pause: last day without study, YYYY-MM-DD'),
        {
          type: Option.Boolean,
          name: 'clear-pauses',
          description: 'Remove every pause and study on all study days again',
        },
        examOption,
      ],
    },
    {
      type: Option.Subcommand,
      name: 'show',
      description: 'One week of your plan, day by day',
      options: [
        {
          type: Option.Integer,
          name: 'week',
          description: '0 = this week, 1 = next week, -1 = last week',
          min_value: -52,
          max_value: 156,
        },
      ],
    },
    {
      type: Option.Subcommand,
      name: 'delete',
      description: 'Delete a plan with its tasks (asks you to confirm)',
      options: [examOption],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export type PlanOptions = SubcommandOptions<typeof planDefinition>;
