import { z } from 'zod';
import { cypher } from '../../db/query.js';

/** Where the member cities are: a company a scenario brings in is a candidate placed at its city. */
export const MEMBER_CITY_PLACES = cypher<Record<string, never>, { id: string; lat: number; lng: number }>(
  'scenario.memberCityPlaces',
  `MATCH (c:City {role: 'MEMBER'}) RETURN c.id AS id, c.lat AS lat, c.lng AS lng ORDER BY c.id`,
  z.object({ id: z.string(), lat: z.number(), lng: z.number() }),
);
