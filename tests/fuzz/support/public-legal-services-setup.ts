import { ServiceOverrides } from './fuzz-service';

/**
 * The states public-legal-services operations need: a service is recorded at a platform (one
 * registered in setup), an exam sitting has no more complaints than candidates. bad-input adds its
 * hints and cross-field cases.
 */
export const PUBLIC_LEGAL_SERVICES_SETUP: ServiceOverrides = {
  prepare: async (ctx) => {
    ctx.state.platformId = (await ctx.post('POST /v1/platforms')).id;
  },
  operations: {
    'POST /v1/service-records': { body: (ctx) => ({ platformId: ctx.state.platformId, persons: 2 }) },
    'POST /v1/exam-sittings': { body: () => ({ candidates: 100, incidents: 0, complaints: 0 }) },
  },
};
