/**
 * GET /api/target-list.xlsx?city=…&industry=…&first=…&lang=zh|en — a city's target list (招商清单) as an Excel
 * workbook, the same list as `targetList` over GraphQL. Read scope, as the GraphQL reads.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../context.js';
import { DomainError, badInput } from '../errors.js';
import { targetListXlsx } from '../modules/targets/index.js';
import { allows } from '../modules/access/index.js';
import { principalOf } from './access.js';
import { sendError } from './httpErrors.js';

const Query = z.object({
  city: z.string().min(1).max(128),
  industry: z.string().min(1).max(128),
  first: z.coerce.number().int().optional(),
  lang: z.enum(['zh', 'en']).default('zh'),
});

export function targetListRoutes(services: Services): Router {
  const router = Router();
  router.get('/', async (req, res, next) => {
    if (!allows(principalOf(res), 'read')) return sendError(res, 403, 'FORBIDDEN', 'this key may not read');
    try {
      const parsed = Query.safeParse(req.query);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw badInput(String(issue?.path[0] ?? 'query'), issue?.message ?? 'invalid');
      }
      const { city, industry, first, lang } = parsed.data;
      const list = await services.targets.targetList(city, industry, first);
      const ids = [
        list.cityId,
        list.industryId,
        ...list.segments.flatMap((s) => [s.segmentId, ...s.candidates.map((c) => c.cityId)]),
      ];
      const entities = await services.entities.byIds([...new Set(ids)]);
      const names = new Map(
        entities.flatMap((e) => (e ? [[e.id, lang === 'en' && e.nameEn ? e.nameEn : e.nameZh] as const] : [])),
      );
      const body = await targetListXlsx(list, (id) => names.get(id) ?? id, lang);
      const file = `target-list-${city.replace(/^city:/, '')}-${industry.replace(/^industry:/, '')}.xlsx`;
      res
        .status(200)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .setHeader('content-disposition', `attachment; filename="${file}"`)
        .send(body);
    } catch (error) {
      // Bad arguments and unknown ids as the GraphQL API words them; anything else to the final error handler.
      if (error instanceof DomainError && (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND')) {
        return sendError(res, error.code === 'NOT_FOUND' ? 404 : 400, error.code, error.message);
      }
      next(error);
    }
  });
  return router;
}
