import type { RouteDef } from '../http/router.js';
import { applicationRoutes } from './applicationRoutes.js';
import { channelRoutes } from './channelRoutes.js';
import { commandRoutes } from './commandRoutes.js';
import { gatewayRoutes } from './gatewayRoutes.js';
import { guildRoutes } from './guildRoutes.js';
import { interactionRoutes } from './interactionRoutes.js';
import { userRoutes } from './userRoutes.js';

/** Every REST route the sim serves under /api/v10. */
export const allRoutes: RouteDef[] = [
  ...gatewayRoutes,
  ...applicationRoutes,
  ...userRoutes,
  ...guildRoutes,
  ...channelRoutes,
  ...commandRoutes,
  ...interactionRoutes,
];
