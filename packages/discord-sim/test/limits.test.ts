// biome-ignore-all lint/suspicious/noExplicitAny: error trees are walked by key

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiscordSim } from '../src/index.js';
import { api, startSim } from './helpers.js';

const button = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 2,
  style: 1,
  custom_id: id,
  label: id,
  ...extra,
});
const row = (...components: unknown[]) => ({ type: 1, components });
const field = (name = 'n', value = 'v') => ({ name, value });
const select = (options: number, extra: Record<string, unknown> = {}) => ({
  type: 3,
  custom_id: 'menu',
  options: Array.from({ length: options }, (_, i) => ({ label: `o${i}`, value: `o${i}` })),
  ...extra,
});

/** Follows the errors tree down a path and returns the codes found there. */
function codesAt(errors: any, path: (string | number)[]): string[] {
  let node = errors;
  for (const key of path) node = node?.[String(key)];
  return (node?._errors ?? []).map((e: { code: string }) => e.code);
}

async function post(sim: DiscordSim, body: unknown) {
  return api(sim, 'POST', `/channels/${sim.channel.id}/messages`, body);
}

describe('message limits', () => {
  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    [
      'content over 2,000 characters',
      { content: 'x'.repeat(2_001) },
      ['content'],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      '11 embeds',
      { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) },
      ['embeds'],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'a 257-character title',
      { embeds: [{ title: 't'.repeat(257) }] },
      ['embeds', 0, 'title'],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'a 4,097-character description',
      { embeds: [{ description: 'd'.repeat(4_097) }] },
      ['embeds', 0, 'description'],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      '26 fields',
      { embeds: [{ fields: Array.from({ length: 26 }, () => field()) }] },
      ['embeds', 0, 'fields'],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'a 257-character field name',
      { embeds: [{ fields: [field('n'.repeat(257))] }] },
      ['embeds', 0, 'fields', 0, 'name'],
      'BASE_TYPE_BAD_LENGTH',
    ],
    [
      'a 1,025-character field value',
      { embeds: [{ fields: [field('n', 'v'.repeat(1_025))] }] },
      ['embeds', 0, 'fields', 0, 'value'],
      'BASE_TYPE_BAD_LENGTH',
    ],
    [
      'an empty field value',
      { embeds: [{ fields: [field('n', '')] }] },
      ['embeds', 0, 'fields', 0, 'value'],
      'BASE_TYPE_BAD_LENGTH',
    ],
    [
      'a 2,049-character footer',
      { embeds: [{ footer: { text: 'f'.repeat(2_049) } }] },
      ['embeds', 0, 'footer', 'text'],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'a 257-character author name',
      { embeds: [{ author: { name: 'a'.repeat(257) } }] },
      ['embeds', 0, 'author', 'name'],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      '6,001 embed characters in all',
      { embeds: [{ description: 'd'.repeat(4_000) }, { description: 'd'.repeat(2_001) }] },
      ['embeds'],
      'MAX_EMBED_SIZE_EXCEEDED',
    ],
    [
      '6 action rows',
      { components: Array.from({ length: 6 }, (_, i) => row(button(`b${i}`))) },
      ['components'],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      '6 buttons in a row',
      { components: [row(...Array.from({ length: 6 }, (_, i) => button(`b${i}`)))] },
      ['components', 0, 'components'],
      'BASE_TYPE_BAD_LENGTH',
    ],
    [
      'an empty row',
      { content: 'x', components: [row()] },
      ['components', 0, 'components'],
      'BASE_TYPE_BAD_LENGTH',
    ],
    [
      'a select menu sharing its row',
      { components: [row(select(2), button('b'))] },
      ['components', 0, 'components', 1],
      'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
    ],
    [
      'a select menu with 26 options',
      { components: [row(select(26, { max_values: 1 }))] },
      ['components', 0, 'components', 0, 'options'],
      'BASE_TYPE_BAD_LENGTH',
    ],
    [
      'a 101-character custom id',
      { components: [row(button('c'.repeat(101)))] },
      ['components', 0, 'components', 0, 'custom_id'],
      'BASE_TYPE_BAD_LENGTH',
    ],
    [
      'an 81-character button label',
      { components: [row(button('b', { label: 'l'.repeat(81) }))] },
      ['components', 0, 'components', 0, 'label'],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'a link button with a custom id',
      { components: [row(button('b', { style: 5, url: 'https://example.com' }))] },
      ['components', 0, 'components', 0, 'custom_id'],
      'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED',
    ],
    [
      'a link button without a url',
      { components: [row({ type: 2, style: 5, label: 'Docs' })] },
      ['components', 0, 'components', 0, 'url'],
      'BASE_TYPE_REQUIRED',
    ],
    [
      'a button without a custom id',
      { components: [row({ type: 2, style: 1, label: 'Go' })] },
      ['components', 0, 'components', 0, 'custom_id'],
      'BASE_TYPE_REQUIRED',
    ],
    [
      'two components with one custom id',
      { components: [row(button('same'), button('same'))] },
      ['components', 0, 'components', 1, 'custom_id'],
      'COMPONENT_CUSTOM_ID_DUPLICATED',
    ],
    [
      'a text input in a message',
      { components: [row({ type: 4, custom_id: 't', style: 1, label: 'x' })] },
      ['components', 0, 'components', 0, 'type'],
      'UNION_TYPE_CHOICES',
    ],
    [
      'a 26-character nonce',
      { content: 'x', nonce: 'n'.repeat(26) },
      ['nonce'],
      'BASE_TYPE_MAX_LENGTH',
    ],
    [
      'a layout component without the components v2 flag',
      { components: [{ type: 10, content: 'hi' }] },
      ['components', 0],
      'COMPONENT_LAYOUT_REQUIRES_COMPONENTS_V2',
    ],
  ])('refuses %s with 50035', async (_label, body, path, code) => {
    const sim = await startSim();
    const answer = await post(sim, body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
    expect(codesAt(answer.body.errors, path)).toContain(code);
    expect(sim.messages(sim.channel.id)).toEqual([]);
  });

  it.each([
    ['no content at all', {}],
    ['blank content', { content: '   ' }],
    ['empty embeds', { content: '', embeds: [] }],
  ])('refuses %s with 50006', async (_label, body) => {
    const sim = await startSim();
    const answer = await post(sim, body);
    expect(answer.body).toEqual({ code: 50006, message: 'Cannot send an empty message' });
  });

  it('accepts exactly the limits', async () => {
    const sim = await startSim({ rateLimits: false });
    const fields = Array.from({ length: 25 }, () => field('n'.repeat(10), 'v'.repeat(10)));
    const answers = await Promise.all([
      post(sim, { content: 'x'.repeat(2_000) }),
      post(sim, { embeds: [{ title: 't'.repeat(256), description: 'd'.repeat(4_096), fields }] }),
      post(sim, {
        embeds: [{ description: 'd'.repeat(4_000) }, { description: 'd'.repeat(2_000) }],
      }),
      post(sim, {
        components: Array.from({ length: 5 }, (_, r) =>
          row(...Array.from({ length: 5 }, (_, b) => button(`b${r}-${b}`))),
        ),
      }),
      post(sim, { components: [row(select(25, { max_values: 25 }))] }),
      post(sim, { components: [row(button('c'.repeat(100), { label: 'l'.repeat(80) }))] }),
      post(sim, {
        components: [row({ type: 2, style: 5, label: 'Docs', url: 'https://learn.microsoft.com' })],
      }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
  });

  it('accepts content up to 2,000 characters and refuses anything longer', async () => {
    const sim = await startSim({ rateLimits: false });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2_600 }), async (length) => {
        const answer = await post(sim, { content: 'é'.repeat(length) });
        return length <= 2_000 ? answer.status === 200 : answer.body.code === 50035;
      }),
      { numRuns: 30 },
    );
  });

  it('refuses an edit that would leave the message empty', async () => {
    const sim = await startSim();
    const sent = await post(sim, { content: 'hello' });
    const edited = await api(sim, 'PATCH', `/channels/${sim.channel.id}/messages/${sent.body.id}`, {
      content: '',
    });
    expect(edited.body.code).toBe(50006);
    expect(sim.message(sent.body.id)?.content).toBe('hello');
  });
});

describe('interaction response limits', () => {
  async function interaction(sim: DiscordSim) {
    await api(sim, 'PUT', `/applications/${sim.applicationId}/guilds/${sim.guild.id}/commands`, [
      { name: 'score', description: 'd' },
    ]);
    const alice = sim.createUser({ username: 'alice' });
    sim.addMember(sim.guild.id, alice);
    const handle = await alice.runCommand('score');
    return (body: unknown) =>
      api(sim, 'POST', `/interactions/${handle.id}/${handle.payload.token}/callback`, body, {
        auth: false,
      });
  }

  const input = (id: string, label = 'Label') => row({ type: 4, custom_id: id, style: 1, label });

  it.each<[string, Record<string, unknown>, (string | number)[]]>([
    [
      'a 46-character title',
      { title: 't'.repeat(46), components: [input('a')] },
      ['data', 'title'],
    ],
    [
      'six inputs',
      { title: 'Score', components: Array.from({ length: 6 }, (_, i) => input(`i${i}`)) },
      ['data', 'components'],
    ],
    ['no inputs', { title: 'Score', components: [] }, ['data', 'components']],
    [
      'a 46-character label',
      { title: 'Score', components: [input('a', 'l'.repeat(46))] },
      ['data', 'components', 0, 'components', 0, 'label'],
    ],
    [
      'two inputs in a row',
      {
        title: 'Score',
        components: [
          row(
            { type: 4, custom_id: 'a', style: 1, label: 'A' },
            { type: 4, custom_id: 'b', style: 1, label: 'B' },
          ),
        ],
      },
      ['data', 'components', 0, 'components'],
    ],
    [
      'a 101-character custom id',
      { title: 'Score', components: [input('c'.repeat(101))] },
      ['data', 'components', 0, 'components', 0, 'custom_id'],
    ],
  ])('refuses a modal with %s', async (_label, data, path) => {
    const sim = await startSim();
    const respond = await interaction(sim);
    const answer = await respond({ type: 9, data: { custom_id: 'modal', ...data } });
    expect(answer.body.code).toBe(50035);
    expect(codesAt(answer.body.errors, path).length).toBeGreaterThan(0);
  });

  it('accepts a modal of five labelled inputs of 45 characters', async () => {
    const sim = await startSim();
    const respond = await interaction(sim);
    const components = Array.from({ length: 5 }, (_, i) => input(`i${i}`, `${i}`.padEnd(45, 'x')));
    expect(
      (await respond({ type: 9, data: { custom_id: 'm', title: 't'.repeat(45), components } }))
        .status,
    ).toBe(204);
  });

  it('applies message limits to replies', async () => {
    const sim = await startSim();
    const respond = await interaction(sim);
    const answer = await respond({ type: 4, data: { embeds: [{ title: 't'.repeat(257) }] } });
    expect(codesAt(answer.body.errors, ['embeds', 0, 'title'])).toEqual(['BASE_TYPE_MAX_LENGTH']);
  });

  it('refuses more than 25 autocomplete choices', async () => {
    const sim = await startSim();
    await api(sim, 'PUT', `/applications/${sim.applicationId}/guilds/${sim.guild.id}/commands`, [
      {
        name: 'exam',
        description: 'd',
        options: [{ type: 3, name: 'code', description: 'd', autocomplete: true }],
      },
    ]);
    const alice = sim.createUser({ username: 'alice' });
    sim.addMember(sim.guild.id, alice);
    const handle = await alice.autocomplete('exam', { options: { code: 'A' }, focused: 'code' });
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    const answer = await api(
      sim,
      'POST',
      `/interactions/${handle.id}/${handle.payload.token}/callback`,
      { type: 8, data: { choices } },
      { auth: false },
    );
    expect(answer.body.code).toBe(50035);
    const wrongType = await api(
      sim,
      'POST',
      `/interactions/${handle.id}/${handle.payload.token}/callback`,
      { type: 4, data: { content: 'x' } },
      { auth: false },
    );
    expect(codesAt(wrongType.body.errors, ['type'])).toEqual(['INTERACTION_RESPONSE_TYPE_INVALID']);
  });
});
