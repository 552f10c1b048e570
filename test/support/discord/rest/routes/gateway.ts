import { ok, type RouteDefinition } from '../router.js';

/** How the client finds the gateway: there is no URL option, it asks `GET /gateway/bot`. */
export function gatewayRoutes(gatewayUrl: string): RouteDefinition[] {
  return [
    {
      method: 'GET',
      pattern: '/gateway/bot',
      auth: 'bot',
      handle: () =>
        ok({
          url: gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 },
        }),
    },
    { method: 'GET', pattern: '/gateway', auth: 'none', handle: () => ok({ url: gatewayUrl }) },
  ];
}
