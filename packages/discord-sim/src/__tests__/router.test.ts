import { describe, expect, it } from 'vitest';
import { type RouteDef, Router } from '../http/router.js';

const route = (method: RouteDef['method'], path: string): RouteDef => ({
  method,
  path,
  auth: 'bot',
  handler: () => ({ status: 204 }),
});

describe('router', () => {
  const router = new Router([
    route('GET', '/users/:user_id'),
    route('GET', '/users/@me'),
    route('PATCH', '/webhooks/:application_id/:token/messages/:message_id'),
  ]);

  it('prefers literal segments over parameters', () => {
    const match = router.match('GET', '/users/@me');
    expect(match.kind === 'found' && match.def.path).toBe('/users/@me');
  });

  it('extracts parameters, @original included', () => {
    const match = router.match('PATCH', '/webhooks/1/abc/messages/@original');
    expect(match.kind === 'found' && match.params).toEqual({
      application_id: '1',
      token: 'abc',
      message_id: '@original',
    });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(router.match('DELETE', '/users/1').kind).toBe('wrong-method');
    expect(router.match('GET', '/users/1/settings').kind).toBe('none');
  });
});
