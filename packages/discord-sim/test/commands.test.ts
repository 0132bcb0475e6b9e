import {
  ApplicationCommandOptionType,
  DiscordAPIError,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimUsageError } from '../src/index.js';
import { api, connectClient, startSim } from './helpers.js';

const plan = new SlashCommandBuilder()
  .setName('plan')
  .setDescription('Your study plan')
  .addSubcommand((sub) =>
    sub
      .setName('create')
      .setDescription('Make a plan')
      .addStringOption((o) =>
        o.setName('exam').setDescription('Exam').setRequired(true).setAutocomplete(true),
      )
      .addIntegerOption((o) =>
        o.setName('minutes').setDescription('Per day').setMinValue(15).setMaxValue(600),
      ),
  )
  .addSubcommand((sub) => sub.setName('show').setDescription('Show it'));

describe('command registration', () => {
  it('registers guild and global commands through discord.js and lists them', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    await client.application.commands.set([plan.toJSON()], sim.guild.id);
    await client.application.commands.set([
      { name: 'help', description: 'What each command does' },
    ]);
    expect(sim.commands({ guildId: sim.guild.id }).map((c) => c.name)).toEqual(['plan']);
    expect(sim.commands().map((c) => c.name)).toEqual(['help']);
    const fetched = await client.application.commands.fetch();
    expect(fetched.map((c) => c.name)).toEqual(['help']);
    const created = await client.application.commands.create({
      name: 'today',
      description: 'Tasks for today',
    });
    expect(
      sim
        .commands()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['help', 'today']);
    await client.application.commands.delete(created.id);
    expect(sim.commands().map((c) => c.name)).toEqual(['help']);
  });

  it('keeps a command id across bulk overwrites', async () => {
    const sim = await startSim();
    const first = await api(sim, 'PUT', `/applications/${sim.applicationId}/commands`, [
      { name: 'help', description: 'a' },
    ]);
    const second = await api(sim, 'PUT', `/applications/${sim.applicationId}/commands`, [
      { name: 'help', description: 'b' },
    ]);
    expect(second.body[0].id).toBe(first.body[0].id);
    expect(second.body[0].description).toBe('b');
  });

  it('refuses an invalid command with 50035 and the errors tree, through discord.js', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    const invalid = {
      name: 'Plan',
      description: 'x'.repeat(101),
      options: [
        { type: ApplicationCommandOptionType.String, name: 'note', description: 'Optional' },
        {
          type: ApplicationCommandOptionType.String,
          name: 'exam',
          description: 'Required',
          required: true,
        },
      ],
    };
    // Sent as raw JSON: discord.js's builders would refuse it before Discord could.
    const error = await client.application.commands
      .set([invalid as never])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    const apiError = error as DiscordAPIError;
    expect(apiError.code).toBe(50035);
    expect(apiError.rawError).toMatchObject({
      errors: {
        0: {
          name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME' }] },
          description: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH' }] },
          options: { 1: { _errors: [{ code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID' }] } },
        },
      },
    });
    expect(sim.commands()).toEqual([]);
  });

  it.each([
    [
      '26 options',
      {
        options: Array.from({ length: 26 }, (_, i) => ({
          type: 3,
          name: `o${i}`,
          description: 'd',
        })),
      },
      ['options'],
    ],
    [
      '26 choices',
      {
        options: [
          {
            type: 3,
            name: 'o',
            description: 'd',
            choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` })),
          },
        ],
      },
      ['options', '0', 'choices'],
    ],
    [
      'autocomplete with choices',
      {
        options: [
          {
            type: 3,
            name: 'o',
            description: 'd',
            autocomplete: true,
            choices: [{ name: 'a', value: 'a' }],
          },
        ],
      },
      ['options', '0', 'autocomplete'],
    ],
    [
      'min_value above max_value',
      { options: [{ type: 4, name: 'n', description: 'd', min_value: 5, max_value: 1 }] },
      ['options', '0', 'min_value'],
    ],
    [
      'min_value on a string',
      { options: [{ type: 3, name: 's', description: 'd', min_value: 1 }] },
      ['options', '0', 'min_value'],
    ],
    [
      'an unknown option type',
      { options: [{ type: 12, name: 'x', description: 'd' }] },
      ['options', '0', 'type'],
    ],
    ['an empty description', { description: '' }, ['description']],
    ['a 33-character name', { name: 'a'.repeat(33) }, ['name']],
    [
      'a subcommand next to a plain option',
      {
        options: [
          { type: 1, name: 'sub', description: 'd' },
          { type: 3, name: 's', description: 'd' },
        ],
      },
      ['options', '0'],
    ],
    [
      'a fractional integer choice',
      {
        options: [
          { type: 4, name: 'n', description: 'd', choices: [{ name: 'half', value: 0.5 }] },
        ],
      },
      ['options', '0', 'choices', '0', 'value'],
    ],
  ])('refuses %s', async (_label, change, path) => {
    const sim = await startSim();
    const answer = await api(sim, 'POST', `/applications/${sim.applicationId}/commands`, {
      name: 'quiz',
      description: 'Run a quiz',
      ...change,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(50035);
    let node = answer.body.errors;
    for (const key of path) node = node?.[key];
    expect(node?._errors?.length).toBeGreaterThan(0);
  });

  it('refuses duplicate names in one bulk overwrite', async () => {
    const sim = await startSim();
    const answer = await api(sim, 'PUT', `/applications/${sim.applicationId}/commands`, [
      { name: 'help', description: 'a' },
      { name: 'help', description: 'b' },
    ]);
    expect(answer.body.errors[1].name._errors[0].code).toBe('APPLICATION_COMMANDS_DUPLICATE_NAME');
  });

  it('accepts every lowercase name of 1 to 32 letters, digits, - and _', async () => {
    const sim = await startSim({ rateLimits: false });
    const name = fc.stringMatching(/^[a-z0-9_-]{1,32}$/);
    await fc.assert(
      fc.asyncProperty(name, async (candidate) => {
        const answer = await api(sim, 'POST', `/applications/${sim.applicationId}/commands`, {
          name: candidate,
          description: 'd',
        });
        return answer.status === 200 || answer.status === 201;
      }),
      { numRuns: 40 },
    );
  });

  it('refuses registering in a guild the bot is not in (50001) and a wrong application id', async () => {
    const sim = await startSim();
    const outside = await api(
      sim,
      'PUT',
      `/applications/${sim.applicationId}/guilds/123456789012345678/commands`,
      [],
    );
    expect(outside.body.code).toBe(10004);
    const wrongApp = await api(sim, 'PUT', '/applications/123456789012345678/commands', []);
    expect(wrongApp.body.code).toBe(50001);
  });
});

describe('running commands as a user', () => {
  it('sends subcommand options typed by the registered definition', async () => {
    const sim = await startSim();
    await api(sim, 'PUT', `/applications/${sim.applicationId}/guilds/${sim.guild.id}/commands`, [
      plan.toJSON(),
    ]);
    const alice = sim.createUser({ username: 'alice' });
    sim.addMember(sim.guild.id, alice);
    const handle = await alice.runCommand('plan create', {
      options: { exam: 'AI-102', minutes: 60 },
    });
    expect(handle.delivered).toBe(false);
    expect(handle.payload.data).toMatchObject({
      name: 'plan',
      options: [
        {
          name: 'create',
          type: 1,
          options: [
            { name: 'exam', value: 'AI-102' },
            { name: 'minutes', value: 60 },
          ],
        },
      ],
    });
    expect(handle.payload.member).toMatchObject({ user: { id: alice.id } });
  });

  it("refuses what Discord's client would not let a user send", async () => {
    const sim = await startSim();
    await api(sim, 'PUT', `/applications/${sim.applicationId}/guilds/${sim.guild.id}/commands`, [
      plan.toJSON(),
      {
        name: 'settings',
        description: 'Server settings',
        default_member_permissions: String(PermissionFlagsBits.ManageGuild),
      },
    ]);
    const bob = sim.createUser({ username: 'bob' });
    sim.addMember(sim.guild.id, bob);
    await expect(bob.runCommand('plan create', { options: { minutes: 60 } })).rejects.toThrow(
      /needs option "exam"/,
    );
    await expect(
      bob.runCommand('plan create', { options: { exam: 'x', minutes: 5 } }),
    ).rejects.toThrow(/15 to 600/);
    await expect(bob.runCommand('plan')).rejects.toThrow(/needs a subcommand/);
    await expect(bob.runCommand('nope')).rejects.toThrow(/not registered/);
    await expect(bob.runCommand('settings')).rejects.toThrow(SimUsageError);
    await expect(
      bob.runCommand('settings', { permissionsOverridden: true }),
    ).resolves.toBeDefined();
    await expect(sim.owner.runCommand('settings')).resolves.toBeDefined();
    await expect(bob.runCommand('plan show', { dm: true })).rejects.toThrow(/in DMs/);
  });
});
