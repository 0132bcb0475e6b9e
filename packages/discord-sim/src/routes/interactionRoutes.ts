import type { RouteDef } from '../http/router.js';
import { respondToInteraction } from '../interactions/respond.js';
import {
  createFollowup,
  deleteWebhookMessage,
  editWebhookMessage,
  interactionForWebhook,
  webhookMessage,
} from '../interactions/webhookMessages.js';

/** Interaction callbacks and the interaction webhook: token-authenticated, outside the global limit. */
export const interactionRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/interactions/:interaction_id/:token/callback',
    auth: 'none',
    globalExempt: true,
    handler: ({ state, params, body, query }) =>
      respondToInteraction(
        state,
        params.interaction_id ?? '',
        params.token ?? '',
        body,
        query.get('with_response') === 'true',
      ),
  },
  {
    method: 'POST',
    path: '/webhooks/:application_id/:token',
    auth: 'none',
    globalExempt: true,
    handler: ({ state, params, body, query }) => {
      const interaction = interactionForWebhook(
        state,
        params.application_id ?? '',
        params.token ?? '',
      );
      const record = createFollowup(state, interaction, body);
      return query.get('wait') === 'true' ? { status: 200, body: record.message } : { status: 204 };
    },
  },
  {
    method: 'GET',
    path: '/webhooks/:application_id/:token/messages/:message_id',
    auth: 'none',
    globalExempt: true,
    handler: ({ state, params }) => {
      const interaction = interactionForWebhook(
        state,
        params.application_id ?? '',
        params.token ?? '',
      );
      return {
        status: 200,
        body: webhookMessage(state, interaction, params.message_id ?? '').message,
      };
    },
  },
  {
    method: 'PATCH',
    path: '/webhooks/:application_id/:token/messages/:message_id',
    auth: 'none',
    globalExempt: true,
    handler: ({ state, params, body }) => {
      const interaction = interactionForWebhook(
        state,
        params.application_id ?? '',
        params.token ?? '',
      );
      return {
        status: 200,
        body: editWebhookMessage(state, interaction, params.message_id ?? '', body).message,
      };
    },
  },
  {
    method: 'DELETE',
    path: '/webhooks/:application_id/:token/messages/:message_id',
    auth: 'none',
    globalExempt: true,
    handler: ({ state, params }) => {
      const interaction = interactionForWebhook(
        state,
        params.application_id ?? '',
        params.token ?? '',
      );
      deleteWebhookMessage(state, interaction, params.message_id ?? '');
      return { status: 204 };
    },
  },
];
